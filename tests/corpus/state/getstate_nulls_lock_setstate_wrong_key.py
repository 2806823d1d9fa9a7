# runtime: fork=error spawn=error forkserver=error
# error-contains: 'NoneType' object does not support the context manager protocol
# summary: a refresh manager keeps its lock only as None in __getstate__ and __setstate__ makes the new lock under a misspelt key; credentials holding it go to a Pool, whose worker takes the None lock (google-auth 1479, reproduced blind)
import multiprocessing as mp
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
        state["_key"] = threading.Lock()
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
        print(pool.starmap(call_api, [(creds, "/a"), (creds, "/b")]))  # [PKL015]
