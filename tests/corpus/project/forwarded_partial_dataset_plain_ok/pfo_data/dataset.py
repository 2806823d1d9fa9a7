import threading


class Dataset:
    """Fetches each segment once; the lock is left out of the pickled state and made again."""

    def __init__(self, name, catalog):
        self.name = name
        self._catalog = catalog
        self._segments = {}
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def keys(self):
        return self._catalog.segments(self.name)

    def __getitem__(self, segment):
        with self._lock:
            if segment not in self._segments:
                self._segments[segment] = self._catalog.files(segment)
            return self._segments[segment]
