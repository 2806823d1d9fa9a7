from multiprocessing import Manager, Pool


def check(event, n):
    return event.is_set(), n


if __name__ == "__main__":
    with Manager() as manager:
        event = manager.Event()
        event.set()
        with Pool(2) as pool:
            print(pool.starmap(check, [(event, 1), (event, 2)]))
