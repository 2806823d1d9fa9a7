# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a tile cache keeps a filelock.FileLock and is passed in every Pool.map task tuple; the lock keeps a threading.RLock
import multiprocessing
import os
import tempfile

from filelock import FileLock


class TileCache:
    def __init__(self, folder):
        self.folder = folder
        self.lock = FileLock(os.path.join(folder, "tiles.lock"))


def render(task):
    cache, x = task
    with cache.lock:
        return os.path.join(cache.folder, f"{x}.tile")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        cache = TileCache(folder)
        tasks = [(cache, x) for x in range(3)]
        with multiprocessing.Pool(2) as pool:
            print(len(pool.map(render, tasks)))  # [PKL005]
