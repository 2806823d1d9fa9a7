# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: os.fdopen() wraps a descriptor in an open file; it cannot be a task argument
import multiprocessing
import os


def first_line(stream):
    return stream.readline()


if __name__ == "__main__":
    with os.fdopen(os.open(__file__, os.O_RDONLY)) as stream, multiprocessing.Pool(2) as pool:
        print(pool.apply(first_line, (stream,)))  # [PKL004]
