# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: __init__ fills a dict on self with one lock per shard in a loop; the object's bound method goes to Pool.starmap, so the locks are pickled with it
import multiprocessing
import threading


class ShardedCounter:
    def __init__(self, shards):
        self.locks = {}
        for shard in shards:
            guard = threading.Lock()
            self.locks[shard] = guard

    def weight(self, shard, value):
        return len(shard) * value


if __name__ == "__main__":
    counter = ShardedCounter(["a", "bb"])
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(counter.weight, [("a", 1), ("bb", 2)]))  # [PKL009]
