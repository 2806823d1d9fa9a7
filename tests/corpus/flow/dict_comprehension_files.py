# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a dict comprehension of open files sent as one task argument
import multiprocessing
import os


def names(streams):
    return sorted(streams)


if __name__ == "__main__":
    streams = {name: open(os.devnull) for name in ("a", "b")}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(names, (streams,)))  # [PKL004]
    for stream in streams.values():
        stream.close()
