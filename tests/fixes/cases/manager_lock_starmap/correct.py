import multiprocessing


def work(lock, x):
    with lock:
        return x + 100


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        lock = manager.Lock()
        with multiprocessing.Pool(2) as pool:
            print(pool.starmap(work, [(lock, 1), (lock, 2)]))
