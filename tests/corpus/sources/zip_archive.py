# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: an open zipfile.ZipFile keeps its file; it cannot be a task argument
import multiprocessing
import os
import tempfile
import zipfile


def names(archive):
    return archive.namelist()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "data.zip")
        with zipfile.ZipFile(path, "w") as out:
            out.writestr("a.txt", "x")
        with zipfile.ZipFile(path) as archive, multiprocessing.Pool(2) as pool:
            print(pool.apply(names, (archive,)))  # [PKL004]
