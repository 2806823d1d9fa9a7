# runtime: fork=ok spawn=ok forkserver=ok
# summary: a dict copy of an instance's attributes without the lock is plain data
import multiprocessing
import threading


class Job:
    def __init__(self):
        self.name = "job"
        self.size = 3
        self.lock = threading.Lock()


def describe(state):
    return sorted(state.items())


if __name__ == "__main__":
    job = Job()
    state = {key: value for key, value in vars(job).items() if key != "lock"}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (state,)))
