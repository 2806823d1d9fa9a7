import multiprocessing

shared_lock = None


def init(lock):
    global shared_lock
    shared_lock = lock


def work(x):
    with shared_lock:
        return x * x


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2, initializer=init, initargs=(lock,)) as pool:
        print(pool.map(work, range(5)))
