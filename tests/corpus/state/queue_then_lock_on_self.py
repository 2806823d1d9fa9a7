# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a process's argument keeps a multiprocessing queue (which may travel to a child) and, after it, a threading lock (which may not): the lock fails under spawn and forkserver
import multiprocessing
import threading


class IndexBuilder:
    def __init__(self, results):
        self.results = results
        self.stats_lock = threading.Lock()
        self.built = 0

    def build(self, documents):
        with self.stats_lock:
            self.built += len(documents)
        self.results.put(self.built)


def run(builder, documents):
    builder.build(documents)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    builder = IndexBuilder(results)
    process = multiprocessing.Process(target=run, args=(builder, ["a", "b"]))  # [PKL005]
    process.start()
    print(results.get(timeout=10))
    process.join()
