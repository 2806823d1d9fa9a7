# runtime: fork=ok spawn=ok forkserver=ok
# summary: `Settings.current()` fills the class attribute `_instance = None` with a Settings object whose __getstate__ leaves its lock behind (and __setstate__ makes a new one): the pool tasks carry the instance
import multiprocessing
import threading


class Settings:
    _instance = None

    def __init__(self):
        self.lock = threading.Lock()
        self.values = {"scale": 3}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = threading.Lock()

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
        print(pool.map(scaled, [(settings, v) for v in range(3)]))
