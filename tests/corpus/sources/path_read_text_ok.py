# runtime: fork=ok spawn=ok forkserver=ok
# summary: the path, not the open file, is the task argument (negative of path_open_stream)
import multiprocessing
import pathlib


def first_line(path):
    with path.open() as stream:
        return stream.readline()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(first_line, (pathlib.Path(__file__),)))
