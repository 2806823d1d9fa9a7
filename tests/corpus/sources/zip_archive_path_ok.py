# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker opens the archive from its path (negative of zip_archive)
import multiprocessing
import os
import tempfile
import zipfile


def names(path):
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "data.zip")
        with zipfile.ZipFile(path, "w") as out:
            out.writestr("a.txt", "x")
        with multiprocessing.Pool(2) as pool:
            print(pool.apply(names, (path,)))
