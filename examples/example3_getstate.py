import multiprocessing
import os
import tempfile


class Settings:
    def __init__(self, path):
        self.path = path
        self.log = open(path, "a", encoding="utf-8")

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["log"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.log = open(self.path, "a", encoding="utf-8")


def describe(settings):
    return os.path.basename(settings.path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(os.path.join(folder, "run.log"))
        with multiprocessing.Pool(2) as pool:
            print(pool.map(describe, [settings] * 3))
        settings.log.close()
