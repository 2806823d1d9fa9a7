# runtime: fork=ok spawn=ok forkserver=ok
# summary: target=self._run where _run is a classmethod: only the class is pickled, not the object holding a queue.Queue (dask's AsyncProcess)
import multiprocessing
from queue import Queue


class AsyncProcess:
    def __init__(self, target, args=()):
        context = multiprocessing.get_context("spawn")
        self._process = context.Process(target=self._run, args=(target, args))
        self._watch_q = Queue()

    @classmethod
    def _run(cls, target, args):
        target(*args)

    def start(self):
        self._process.start()
        self._process.join(60)
        return self._process.exitcode


def work(x):
    print("child got", x)


if __name__ == "__main__":
    print("exit", AsyncProcess(work, (1,)).start())
