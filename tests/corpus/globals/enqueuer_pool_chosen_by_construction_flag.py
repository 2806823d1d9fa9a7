# runtime: fork=ok spawn=error forkserver=error
# error-contains: KeyError: 0
# summary: a Keras-style enqueuer stores `self.executor_fn` as a lambda making a process pool or a thread pool, chosen by `use_multiprocessing`; built with True, its pool runs `get_index`, which reads the module registry `start()` filled in the parent only
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
                yield executor.apply_async(get_index, (self.uid, i)).get(timeout=10)  # [PKL016]


if __name__ == "__main__":
    enqueuer = OrderedEnqueuer([10, 20, 30], use_multiprocessing=True)
    enqueuer.start()
    print(list(enqueuer.get()))
