# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a dataclass's __post_init__ (run by its generated __init__) stores a lock; the cursors are the pool's task items
import threading
from dataclasses import dataclass, field
from multiprocessing import Pool


@dataclass
class ShardCursor:
    shard_id: int
    offsets: dict = field(default_factory=dict)

    def __post_init__(self):
        self.lock = threading.Lock()

    def advance(self, n):
        with self.lock:
            self.offsets[self.shard_id] = self.offsets.get(self.shard_id, 0) + n


def replay(cursor):
    return cursor.shard_id, sum(cursor.offsets.values())


if __name__ == "__main__":
    cursors = [ShardCursor(shard) for shard in range(3)]
    cursors[0].advance(5)
    with Pool(2) as pool:
        print(pool.map(replay, cursors))  # [PKL005]
