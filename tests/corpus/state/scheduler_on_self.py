# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a sched.scheduler kept on self (it holds an RLock) travels with a bound method
import multiprocessing
import sched
import time


class Poller:
    def __init__(self):
        self.scheduler = sched.scheduler(time.monotonic, time.sleep)

    def poll(self, source):
        return source.upper()


if __name__ == "__main__":
    poller = Poller()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(poller.poll, ["a", "b"]))  # [PKL009]
