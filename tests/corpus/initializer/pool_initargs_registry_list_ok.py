# runtime: fork=ok spawn=ok forkserver=ok
# summary: the enqueuer's __init__ registers its sequence in a module-level dict sent as initargs; the sequence keeps only lists, so spawned workers receive it
import multiprocessing

_SHARED_SEQUENCES = {}


def init_pool(seqs):
    global _SHARED_SEQUENCES
    _SHARED_SEQUENCES = seqs


def get_index(uid, i):
    return _SHARED_SEQUENCES[uid][i]


class ListSequence:
    def __init__(self, source, batch_size):
        self.batches = [source[i:i + batch_size] for i in range(0, len(source), batch_size)]

    def __getitem__(self, i):
        return sum(self.batches[i])

    def __len__(self):
        return len(self.batches)


class OrderedEnqueuer:
    def __init__(self, sequence, workers=2):
        self.uid = 0
        _SHARED_SEQUENCES[self.uid] = sequence
        self.workers = workers

    def get(self):
        with multiprocessing.Pool(self.workers, initializer=init_pool, initargs=(_SHARED_SEQUENCES,)) as p:
            return p.starmap(get_index, [(self.uid, i) for i in range(len(_SHARED_SEQUENCES[self.uid]))])


if __name__ == "__main__":
    print("batch sums:", OrderedEnqueuer(ListSequence(list(range(8)), 2)).get())
