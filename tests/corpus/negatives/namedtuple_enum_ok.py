# runtime: fork=ok spawn=ok forkserver=ok
# summary: module-level namedtuples, enums, regex patterns and dataclasses pickle fine
import collections
import dataclasses
import enum
import multiprocessing
import re

Row = collections.namedtuple("Row", "a b")


class Color(enum.Enum):
    RED = 1


@dataclasses.dataclass(frozen=True)
class Point:
    x: int


def describe(item):
    return repr(item)


if __name__ == "__main__":
    items = [Row(1, 2), Color.RED, re.compile(r"\d+"), Point(3)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(describe, items))
