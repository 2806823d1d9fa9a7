# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: Path.open() gives an open file like open() does; it cannot be a task argument
import multiprocessing
import pathlib


def first_line(stream):
    return stream.readline()


if __name__ == "__main__":
    with pathlib.Path(__file__).open() as stream, multiprocessing.Pool(2) as pool:
        print(pool.apply(first_line, (stream,)))  # [PKL004]
