# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the same dataset built with guarded=True: `if guarded:` stores a threading lock, and the task argument fails
import multiprocessing
import threading


class FrameDataset:
    def __init__(self, items, guarded=False):
        self.items = items
        if guarded:
            self.create_lock()

    def create_lock(self):
        self.lock = threading.Lock()


def frames_in(dataset):
    return len(dataset.items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(frames_in, (FrameDataset([1, 2, 3], guarded=True),)))  # [PKL005]
