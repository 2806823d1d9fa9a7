# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same enqueuer built with `use_multiprocessing=False` (noise2noise 12): the branch its only construction takes stores the thread pool's lambda, so `get_index` runs in threads that see the registry
import multiprocessing
from contextlib import closing
from multiprocessing.pool import ThreadPool

_SHARED_SEQUENCES = {}


def get_index(uid, i):
    return _SHARED_SEQUENCES[uid][i]


class OrderedEnqueuer:
    def __init__(self, sequence, use_multiprocessing=False):
        self.sequence = sequence
        self.use_multiprocessing = use_multiprocessing
        self.uid = 0

    def start(self, workers=2):
        if self.use_multiprocessing:
            self.executor_fn = lambda: multiprocessing.Pool(workers)
        else:
            self.executor_fn = lambda: ThreadPool(workers)
        _SHARED_SEQUENCES[self.uid] = self.sequence

    def get(self):
        with closing(self.executor_fn()) as executor:
            for i in range(len(self.sequence)):
                yield executor.apply_async(get_index, (self.uid, i)).get(timeout=10)


if __name__ == "__main__":
    enqueuer = OrderedEnqueuer([10, 20, 30], use_multiprocessing=False)
    enqueuer.start()
    print(list(enqueuer.get()))
