# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a dict holding an open file as a value is pickled with the file
import multiprocessing
import os


def keys(options):
    return sorted(options)


if __name__ == "__main__":
    stream = open(os.devnull)
    options = {"verbose": True, "log": stream}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(keys, (options,)))  # [PKL004]
    stream.close()
