# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a sampler class of a sibling module keeps iter(self._batches()) on self, which is the generator itself; the sampler is a process argument
import multiprocessing as mp

from igs_batches import BatchSampler


def consume(sampler, out):
    out.put(sampler.next_batch())


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=consume, args=(BatchSampler(10, 4), q))  # [PKL005]
    p.start()
    print("first batch:", q.get(timeout=10))
    p.join()
