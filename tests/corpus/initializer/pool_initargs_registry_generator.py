# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: the enqueuer's __init__ registers its sequence in a module-level dict, sent whole as initargs; the sequence keeps a generator, so spawned workers cannot receive it
import multiprocessing

_SHARED_SEQUENCES = {}


def init_pool(seqs):
    global _SHARED_SEQUENCES
    _SHARED_SEQUENCES = seqs


def get_index(uid, i):
    return _SHARED_SEQUENCES[uid][i]


class GeneratorSequence:
    def __init__(self, source, batch_size):
        self.batches = [source[i:i + batch_size] for i in range(0, len(source), batch_size)]
        self.stream = (b for b in self.batches)

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
        seqs = _SHARED_SEQUENCES
        with multiprocessing.Pool(self.workers, initializer=init_pool, initargs=(seqs,)) as p:  # [PKL005]
            return p.starmap(get_index, [(self.uid, i) for i in range(len(seqs[self.uid]))])


if __name__ == "__main__":
    print("batch sums:", OrderedEnqueuer(GeneratorSequence(list(range(8)), 2)).get())
