# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same refresh manager, but __setstate__ makes the new lock under the name the methods read
import multiprocessing as mp
import threading
import threading


class RefreshManager:
    def __init__(self):
        self._worker = None
        self._lock = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_lock"] = None
        state["_worker"] = None
        return state

    def __setstate__(self, state):
        state["_lock"] = threading.Lock()
        self.__dict__.update(state)

    def refresh(self, token):
        with self._lock:
            return token.upper()


class Credentials:
    def __init__(self, token):
        self.token = token
        self._refresher = RefreshManager()

    def headers(self):
        return {"authorization": "Bearer " + self._refresher.refresh(self.token)}


def call_api(creds, path):
    return path, creds.headers()["authorization"]


if __name__ == "__main__":
    creds = Credentials("token")
    with mp.Pool(2) as pool:
        print(pool.starmap(call_api, [(creds, "/a"), (creds, "/b")]))
