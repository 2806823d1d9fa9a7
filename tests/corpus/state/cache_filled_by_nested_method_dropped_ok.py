# runtime: fork=ok spawn=ok forkserver=ok
# summary: the controller caches command wrappers with locks through a nested method call, but its __getstate__ leaves the cache out, so the bound job method pickles
import threading
from multiprocessing import Pool

_job = None


def _init_worker(job):
    global _job
    _job = job


def _run(item):
    return _job(item)


class Command:
    def __init__(self, name):
        self.name = name
        self._pipe_lock = threading.Lock()


class CopyController:
    def __init__(self, items):
        self.items = items
        self.command_cache = {}

    def __getstate__(self):
        state = self.__dict__.copy()
        state["command_cache"] = {}
        return state

    def _command_for(self, item):
        if item not in self.command_cache:
            self.command_cache[item] = Command(f"copy {item}")
        return self.command_cache[item]

    def _analyze(self, item):
        self._command_for(item)

    def _execute_job(self, item):
        return item.upper()

    def copy(self):
        for item in self.items:
            self._analyze(item)
        with Pool(2, initializer=_init_worker, initargs=(self._execute_job,)) as pool:
            return pool.map(_run, self.items)


if __name__ == "__main__":
    print(CopyController(["base", "global"]).copy())
