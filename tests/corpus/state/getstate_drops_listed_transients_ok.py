# runtime: fork=ok spawn=ok forkserver=ok
# summary: a base class's __getstate__ pops every name its class lists in _transient; the subclass adds its sqlite3 connection to the list and reconnects in __setstate__, so the connection never crosses
import sqlite3
import threading
from concurrent.futures import ProcessPoolExecutor


class Resource:
    _transient = ("_lock",)

    def __init__(self):
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        for name in self._transient:
            state.pop(name, None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lock = threading.Lock()


class SessionStore(Resource):
    _transient = Resource._transient + ("_conn",)

    def __init__(self, path):
        super().__init__()
        self.path = path
        self._conn = sqlite3.connect(path)

    def __setstate__(self, state):
        super().__setstate__(state)
        self._conn = sqlite3.connect(self.path)

    def count(self, user):
        with self._lock:
            return user, self._conn.execute("select 1").fetchone()[0]


if __name__ == "__main__":
    store = SessionStore(":memory:")
    with ProcessPoolExecutor(2) as executor:
        print([f.result(timeout=20) for f in [executor.submit(store.count, u) for u in "ab"]])
