# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing primitives in Pool initargs are inherited, which is the supported way
import multiprocessing


def init(lock, counter):
    global LOCK, COUNTER
    LOCK, COUNTER = lock, counter


def bump(_):
    with LOCK:
        COUNTER.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2, initializer=init, initargs=(lock, counter)) as pool:
        pool.map(bump, range(5))
    print(counter.value)
