# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the same pipeline built with `disable_cache=False`: `self.cache if not self.disable_cache else None` is the cache, whose lock the spawn pool cannot pickle with each task
import multiprocessing
import threading
from itertools import repeat


class KeyValueCache:
    def __init__(self):
        self._lock = threading.Lock()
        self._data = {}


def run_batch(batch, cache):
    return [text.upper() for text in batch]


class Pipeline:
    def __init__(self, cache=None, disable_cache=False):
        self.cache = cache
        self.disable_cache = disable_cache

    def run(self, batches):
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            cache = self.cache if not self.disable_cache else None
            return pool.starmap(run_batch, zip(batches, repeat(cache)))  # [PKL005]


if __name__ == "__main__":
    pipeline = Pipeline(cache=KeyValueCache(), disable_cache=False)
    print(pipeline.run([["a", "b"], ["c"]]))
