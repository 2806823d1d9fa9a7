# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: each Job registers itself in a module-level registry from __init__; the registry goes to spawned executor workers as initargs, with each job's threading lock
import threading
from concurrent.futures import ProcessPoolExecutor

REGISTRY = {}


def install(registry):
    global REGISTRY
    REGISTRY = registry


def run(name):
    return REGISTRY[name].size * 2


class Job:
    def __init__(self, name, size):
        self.name = name
        self.size = size
        self.lock = threading.Lock()
        REGISTRY[name] = self

    def run_all(self):
        with ProcessPoolExecutor(2, initializer=install, initargs=(REGISTRY,)) as pool:  # [PKL005]
            return list(pool.map(run, [self.name]))


if __name__ == "__main__":
    print(Job("resize", 3).run_all())
