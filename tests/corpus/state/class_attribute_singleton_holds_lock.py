# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: `Settings.current()` fills the class attribute `_instance = None` with a Settings object that keeps a threading lock; each pool task carries the shared instance
import multiprocessing
import threading


class Settings:
    _instance = None

    def __init__(self):
        self.lock = threading.Lock()
        self.values = {"scale": 3}

    @classmethod
    def current(cls):
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance


def scaled(task):
    settings, value = task
    return settings.values["scale"] * value


if __name__ == "__main__":
    settings = Settings.current()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scaled, [(settings, v) for v in range(3)]))  # [PKL005]
