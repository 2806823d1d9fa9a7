# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the same scheduler, but the function register_jobs schedules is a module-level one, bound with functools.partial
import functools
from concurrent.futures import ProcessPoolExecutor


class Scheduler:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(max_workers=workers)
        self._futures = []

    def schedule(self, fn, *args):
        self._futures.append(self._executor.submit(fn, *args))

    def drain(self):
        results = [f.result(timeout=10) for f in self._futures]
        self._executor.shutdown()
        return results


def scale(multiplier, x):
    return x * multiplier


def register_jobs(scheduler, multiplier):
    for n in range(3):
        scheduler.schedule(functools.partial(scale, multiplier), n)


def main():
    scheduler = Scheduler()
    register_jobs(scheduler, 10)
    print("results", scheduler.drain())


if __name__ == "__main__":
    main()
