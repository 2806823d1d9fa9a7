# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'posix.DirEntry' object
# summary: os.scandir gives DirEntry objects, which cannot be task items
import multiprocessing
import os
import tempfile


def size(entry):
    return entry.stat().st_size


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        open(os.path.join(folder, "a.txt"), "w").close()
        with multiprocessing.Pool(2) as pool:
            print(sum(pool.map(size, os.scandir(folder))))  # [PKL004]
