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

    def __getstate__(self):
        # `log`: not pickled as is, see __setstate__
        state = self.__dict__.copy()
        state.pop("log", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.log = open(self.path, "a", encoding="utf-8")  # reopened


def describe(settings):
    return os.path.basename(settings.path), settings.log.closed


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(os.path.join(folder, "run.log"))
        with multiprocessing.Pool(2) as pool:
            print(pool.map(describe, [settings] * 2))
        settings.log.close()
