# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: open(path, "rb") is an _io.BufferedReader, not a TextIOWrapper: the message names the type pickle reports
import multiprocessing


def size(handle):
    return len(handle.read())


if __name__ == "__main__":
    with open(__file__, "rb") as handle, multiprocessing.Pool(2) as pool:
        print(pool.map(size, [handle]))  # [PKL004]
