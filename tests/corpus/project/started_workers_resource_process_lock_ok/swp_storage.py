import multiprocessing


class DiskCache:
    """Entries of one cache folder; the lock serialises writers across worker processes."""

    def __init__(self, name):
        self.name = name
        self.lock = multiprocessing.Lock()

    def entry(self, slot):
        return f"{self.name}/{slot:04d}.bin"


def open_cache(name):
    return DiskCache(name)
