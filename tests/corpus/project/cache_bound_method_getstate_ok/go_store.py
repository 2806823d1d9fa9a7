import os
import threading


class ReopenedCache:
    def __init__(self, journal_path=os.devnull):
        self._lock = threading.Lock()
        self._journal = open(journal_path, "a", encoding="utf-8")
        self._entries = {}

    def put(self, key, value):
        with self._lock:
            self._entries[key] = value
            self._journal.write(f"{key}={value}\n")

    def lookup(self, key):
        return key, self._entries.get(key, "?")

    # Locks and open files do not pickle: both are dropped and made again.
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lock"], state["_journal"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._journal = open(os.devnull, "a", encoding="utf-8")
