import multiprocessing

SIZE = 5_000
shared_table = None


def attach(table):
    global shared_table
    shared_table = table


def lookup(key):
    total = 0
    for value in shared_table:
        if value % 97 == key:
            total += value
    return key, total, shared_table[key], max(shared_table)


if __name__ == "__main__":
    table = multiprocessing.Array("q", range(SIZE), lock=False)
    with multiprocessing.Pool(2, initializer=attach, initargs=(table,)) as pool:
        for row in pool.imap(lookup, range(5)):
            print(row)
