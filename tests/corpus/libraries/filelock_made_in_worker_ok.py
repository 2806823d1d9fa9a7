# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the tile cache keeps the lock's path; each task makes its own FileLock in the worker
import multiprocessing
import os
import tempfile

from filelock import FileLock


class TileCache:
    def __init__(self, folder):
        self.folder = folder
        self.lock_path = os.path.join(folder, "tiles.lock")


def render(task):
    cache, x = task
    with FileLock(cache.lock_path):
        return os.path.join(cache.folder, f"{x}.tile")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        cache = TileCache(folder)
        tasks = [(cache, x) for x in range(3)]
        with multiprocessing.Pool(2) as pool:
            print(len(pool.map(render, tasks)))
