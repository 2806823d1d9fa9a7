# runtime: fork=error spawn=error forkserver=error
# error-contains: <lambda>
# summary: register_jobs calls schedule() on its parameter, and every call passes it a Scheduler, whose schedule() submits the lambda to a ProcessPoolExecutor
from concurrent.futures import ProcessPoolExecutor


class Scheduler:
    def __init__(self, workers=2):
        self._executor = ProcessPoolExecutor(max_workers=workers)
        self._futures = []

    def schedule(self, fn, *args):
        self._futures.append(self._executor.submit(fn, *args))  # [PKL001]

    def drain(self):
        results = [f.result(timeout=10) for f in self._futures]
        self._executor.shutdown()
        return results


def register_jobs(scheduler, multiplier):
    for n in range(3):
        scheduler.schedule(lambda x: x * multiplier, n)


def main():
    scheduler = Scheduler()
    register_jobs(scheduler, 10)
    print("results", scheduler.drain())


if __name__ == "__main__":
    main()
