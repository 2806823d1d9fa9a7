# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle
# summary: both unpicklable attributes, a file and a lock, are dropped and rebuilt by one fix
# fix: PKL005 Add `__getstate__`
# round-trip: Journal("journal.txt", "daily")
import multiprocessing
import os
import tempfile
import threading


class Journal:
    def __init__(self, path, title):
        self.path = path
        self.title = title
        self.handle = open(path, "a")
        self.mutex = threading.RLock()


def headline(journal):
    with journal.mutex:
        return journal.title.upper(), journal.handle.mode


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(os.path.join(folder, "journal.txt"), "daily")
        with multiprocessing.Pool(1) as pool:
            print(pool.map(headline, [journal]))
        journal.handle.close()
