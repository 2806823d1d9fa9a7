# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a partial holding the service's lock, sent to a process pool by run_in_executor
import asyncio
import concurrent.futures
import functools
import threading

EXECUTOR = concurrent.futures.ProcessPoolExecutor(max_workers=1)


def guarded_sum(lock, values):
    with lock:
        return sum(values)


class Service:
    def __init__(self):
        self.lock = threading.Lock()

    async def total(self, values):
        loop = asyncio.get_running_loop()
        job = functools.partial(guarded_sum, self.lock, values)
        return await loop.run_in_executor(EXECUTOR, job)  # [PKL004]


if __name__ == "__main__":
    try:
        print(asyncio.run(Service().total([1, 2, 3])))
    finally:
        EXECUTOR.shutdown()
