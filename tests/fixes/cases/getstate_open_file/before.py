# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an instance holding an open file is a task item; __getstate__ drops it, __setstate__ reopens
# fix: PKL005 Add `__getstate__`
# round-trip: Settings("run.log")
import multiprocessing
import os
import tempfile


class Settings:
    def __init__(self, path):
        self.path = path
        self.log = open(path, "a", encoding="utf-8")


def describe(settings):
    return os.path.basename(settings.path), settings.log.closed


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(os.path.join(folder, "run.log"))
        with multiprocessing.Pool(2) as pool:
            print(pool.map(describe, [settings] * 2))
        settings.log.close()
