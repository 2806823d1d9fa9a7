# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: operator.methodcaller keeps its arguments (here a lock) and the pool pickles it as the worker function
import multiprocessing
import operator
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance

    def settle(self, guard):
        with guard:
            return self.balance


if __name__ == "__main__":
    guard = threading.Lock()
    settle = operator.methodcaller("settle", guard)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(settle, [Account(1), Account(2)]))  # [PKL004]
