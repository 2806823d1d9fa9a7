# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: copy() analyses each item through a factory method that caches command wrappers (each with a lock) in a dict on self, then passes the bound job method as the pool's initargs (barman PR 1184, reproduced blind)
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
        self.out = []
        self._pipe_lock = threading.Lock()


class CopyController:
    def __init__(self, items):
        self.items = items
        self.command_cache = {}

    def _command_for(self, item):
        if item not in self.command_cache:
            self.command_cache[item] = Command(f"copy {item}")
        return self.command_cache[item]

    def _analyze(self, item):
        self._command_for(item).out.append("analyzed")

    def _execute_job(self, item):
        return item.upper()

    def copy(self):
        for item in self.items:
            self._analyze(item)
        with Pool(2, initializer=_init_worker, initargs=(self._execute_job,)) as pool:  # [PKL009]
            return pool.map(_run, self.items)


if __name__ == "__main__":
    print(CopyController(["base", "global"]).copy())
