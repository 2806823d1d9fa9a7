import threading


class DiskCache:
    """Entries of one cache folder; the lock serialises writers of this process."""

    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()

    def entry(self, slot):
        return f"{self.name}/{slot:04d}.bin"


def open_cache(name):
    return DiskCache(name)
