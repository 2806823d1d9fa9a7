# runtime: fork=ok spawn=ok forkserver=ok
# summary: the paths of DirEntry objects are strings and pickle (negative of scandir_entries_listed)
import multiprocessing
import os
import tempfile


def size(path):
    return os.path.getsize(path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        open(os.path.join(folder, "a.txt"), "w").close()
        paths = [entry.path for entry in os.scandir(folder)]
        with multiprocessing.Pool(2) as pool:
            print(pool.map(size, paths))
