# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'posix.DirEntry' object
# summary: DirEntry objects collected in a list first still cannot be task items
import multiprocessing
import os
import tempfile


def name(entry):
    return entry.name


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        open(os.path.join(folder, "a.txt"), "w").close()
        entries = [entry for entry in os.scandir(folder)]
        with multiprocessing.Pool(2) as pool:
            print(pool.map(name, entries))  # [PKL004]
