# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same sharded object fills its dict with plain labels in __init__ and creates its locks only inside the worker, so its bound method pickles
import multiprocessing


class ShardedCounter:
    def __init__(self, shards):
        self.labels = {}
        for shard in shards:
            label = shard.upper()
            self.labels[shard] = label

    def weight(self, shard, value):
        return self.labels[shard], len(shard) * value


if __name__ == "__main__":
    counter = ShardedCounter(["a", "bb"])
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(counter.weight, [("a", 1), ("bb", 2)]))
