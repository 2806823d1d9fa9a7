# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Record on
# summary: the worker builds its record type with a helper that calls namedtuple at run time and returns an instance; the pool pickles the result by a class name the module does not hold
from collections import namedtuple
from multiprocessing import Pool


def make_record_type(fields):
    return namedtuple("Record", fields)


def load(index):
    Record = make_record_type(("left", "right"))
    return Record(index, index * 2)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(load, range(3)))  # [PKL007]
