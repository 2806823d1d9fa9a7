# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.
# summary: an instance of a threading.Thread subclass holds the thread's locks
import multiprocessing
import threading


class Heartbeat(threading.Thread):
    def __init__(self, interval):
        super().__init__(daemon=True)
        self.interval = interval

    def run(self):
        pass


def describe(beat):
    return beat.interval


if __name__ == "__main__":
    beat = Heartbeat(5)
    with multiprocessing.Pool(1) as pool:
        print(pool.apply(describe, (beat,)))  # [PKL005]
