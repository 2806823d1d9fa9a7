# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the record type is made once at module level under its own name, so results pickle by that name
from collections import namedtuple
from multiprocessing import Pool

Record = namedtuple("Record", ("left", "right"))


def load(index):
    return Record(index, index * 2)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(load, range(3)))
