# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: an open tarfile keeps its file; it cannot be a task argument
import multiprocessing
import os
import tarfile
import tempfile


def names(archive):
    return archive.getnames()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "data.tar")
        with tarfile.open(path, "w"):
            pass
        archive = tarfile.open(path)
        with archive, multiprocessing.Pool(2) as pool:
            print(pool.apply(names, (archive,)))  # [PKL004]
