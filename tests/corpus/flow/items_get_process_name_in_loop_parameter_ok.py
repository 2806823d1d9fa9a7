# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a helper's loop stores only the watchdog Process's name on each shard of the list it is given, then maps the shards over a Pool: the shards pickle
import multiprocessing


class Shard:
    def __init__(self, index, rows):
        self.index = index
        self.rows = rows
        self.watchdog = None


def count_rows(shard):
    return shard.index, len(shard.rows)


def dispatch(shards):
    watchdog = multiprocessing.Process(target=print, args=("watching",))
    for shard in shards:
        shard.watchdog = watchdog.name
    with multiprocessing.Pool(2) as pool:
        return pool.map(count_rows, shards)


if __name__ == "__main__":
    print(dispatch([Shard(i, list(range(i + 1))) for i in range(3)]))
