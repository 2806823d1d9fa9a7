# runtime: fork=ok spawn=ok forkserver=ok
# summary: a pipeline keeps `disable_cache` from its construction and sends `self.cache if not self.disable_cache else None` to each task; the only construction passes `disable_cache=True`, so the tasks get None and the cache with its lock stays home (llama_index 17125)
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
            return pool.starmap(run_batch, zip(batches, repeat(cache)))


if __name__ == "__main__":
    pipeline = Pipeline(cache=KeyValueCache(), disable_cache=True)
    print(pipeline.run([["a", "b"], ["c"]]))
