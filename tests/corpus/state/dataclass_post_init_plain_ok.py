# runtime: fork=ok spawn=ok forkserver=ok
# summary: a dataclass's __post_init__ derives plain data (a label): the cursors pickle fine
from dataclasses import dataclass, field
from multiprocessing import Pool


@dataclass
class ShardCursor:
    shard_id: int
    offsets: dict = field(default_factory=dict)

    def __post_init__(self):
        self.label = f"shard-{self.shard_id}"

    def advance(self, n):
        self.offsets[self.shard_id] = self.offsets.get(self.shard_id, 0) + n


def replay(cursor):
    return cursor.label, sum(cursor.offsets.values())


if __name__ == "__main__":
    cursors = [ShardCursor(shard) for shard in range(3)]
    cursors[0].advance(5)
    with Pool(2) as pool:
        print(pool.map(replay, cursors))
