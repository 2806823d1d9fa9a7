# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: a worker returning an instance that holds a lock cannot send it back
import multiprocessing
import threading


class Result:
    def __init__(self, value):
        self.value = value
        self.lock = threading.Lock()


def compute(x):
    return Result(x * x)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(compute, range(2)))  # [PKL007]
