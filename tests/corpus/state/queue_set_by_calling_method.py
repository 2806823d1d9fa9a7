# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: reset_state() sets self.buffer to a queue.Queue, then calls _start_workers(), whose Process(target=self._loop) pickles self
import multiprocessing
import queue


class Prefetcher:
    def __init__(self, count):
        self.count = count

    def _loop(self):
        print("worker ready", self.count)

    def _start_workers(self):
        workers = [multiprocessing.Process(target=self._loop) for _ in range(self.count)]  # [PKL009]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("exit codes", [worker.exitcode for worker in workers])

    def reset_state(self):
        self.buffer = queue.Queue()
        self._start_workers()


if __name__ == "__main__":
    Prefetcher(2).reset_state()
