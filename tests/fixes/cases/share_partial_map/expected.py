# runtime: fork=ok spawn=ok forkserver=ok
# summary: a list of 5,000 ints bound with functools.partial becomes a shared Array via initargs
# fix: PKL013 Share `table`
import multiprocessing

SIZE = 5_000


worker_table = None


def init_worker(table):
    global worker_table
    worker_table = table


def lookup(key):
    table = worker_table  # set in each worker process by init_worker
    total = 0
    for value in table:
        if value % 97 == key:
            total += value
    return key, total, table[key], max(table)


if __name__ == "__main__":
    table = list(range(SIZE))
    table_shared = multiprocessing.Array("q", table, lock=False)
    with multiprocessing.Pool(
        2, initializer=init_worker, initargs=(table_shared,)
    ) as pool:
        for row in pool.imap(lookup, range(5)):
            print(row)
