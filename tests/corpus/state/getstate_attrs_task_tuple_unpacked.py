# runtime: fork=error spawn=error forkserver=error
# error-contains: object has no attribute
# summary: requests-futures 98: a FuturesSession (a requests-style Session whose `__getstate__` keeps only the names in `__attrs__`) goes to Pool.map inside task tuples; the worker unpacks `session, url = args` and calls `session.get`, which reads attributes the copy lacks
import multiprocessing
from concurrent.futures import ThreadPoolExecutor


class Session:
    __attrs__ = ["headers", "params", "verify"]

    def __init__(self):
        self.headers = {"User-Agent": "python-requests"}
        self.params = {}
        self.verify = True

    def __getstate__(self):
        return {attr: getattr(self, attr, None) for attr in self.__attrs__}

    def __setstate__(self, state):
        for attr, value in state.items():
            setattr(self, attr, value)

    def request(self, method, url):
        return f"{method} {url} {self.headers['User-Agent']}"


class FuturesSession(Session):
    def __init__(self, max_workers=2):
        super().__init__()
        self.executor = ThreadPoolExecutor(max_workers=max_workers)

    def get(self, url):
        return self.executor.submit(self.request, "GET", url)


def fetch(args):
    session, url = args
    return session.get(url).result()


if __name__ == "__main__":
    s = FuturesSession()
    print("parent:", s.get("http://127.0.0.1/get").result())
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fetch, [(s, "http://127.0.0.1/a"), (s, "http://127.0.0.1/b")]))  # [PKL015]
