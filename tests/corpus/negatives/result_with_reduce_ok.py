# runtime: fork=ok spawn=ok forkserver=ok
# summary: a worker result whose class defines __reduce__ travels back without its lock
import multiprocessing
import threading


class Total:
    def __init__(self, value):
        self.value = value
        self.lock = threading.Lock()

    def __reduce__(self):
        return (Total, (self.value,))


def compute(x):
    return Total(x * x)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print([total.value for total in pool.map(compute, range(3))])
