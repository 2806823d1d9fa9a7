import threading


class Dataset:
    """Fetches each segment once; the lock keeps two threads from fetching it twice."""

    def __init__(self, name, catalog):
        self.name = name
        self._catalog = catalog
        self._segments = {}
        self._lock = threading.Lock()

    def keys(self):
        return self._catalog.segments(self.name)

    def __getitem__(self, segment):
        with self._lock:
            if segment not in self._segments:
                self._segments[segment] = self._catalog.files(segment)
            return self._segments[segment]
