# runtime: fork=ok spawn=ok forkserver=ok
# summary: a list of 5,000 ints bound with functools.partial becomes a shared Array via initargs
# fix: PKL013 Share `table`
import functools
import multiprocessing

SIZE = 5_000


def lookup(table, key):
    total = 0
    for value in table:
        if value % 97 == key:
            total += value
    return key, total, table[key], max(table)


if __name__ == "__main__":
    table = list(range(SIZE))
    with multiprocessing.Pool(2) as pool:
        for row in pool.imap(functools.partial(lookup, table), range(5)):
            print(row)
