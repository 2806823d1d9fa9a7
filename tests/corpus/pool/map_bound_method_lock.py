# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a bound method as Pool function pickles its instance, which holds a lock
import multiprocessing
import threading


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.lock = threading.Lock()

    def scale(self, x):
        return x * self.factor


if __name__ == "__main__":
    scaler = Scaler(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scaler.scale, range(4)))  # [PKL009]
