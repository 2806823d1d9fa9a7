# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: a Process subclass builds a urllib3.PoolManager in __init__ (no request is sent); start() pickles the process object under spawn/forkserver and the pool manager's RLock refuses (deepgroebner 1, reproduced blind)
import multiprocessing as mp

import urllib3


class PageFetcher(mp.Process):
    def __init__(self, urls, results):
        super().__init__(daemon=True)
        self.urls = urls
        self.results = results
        self.http = urllib3.PoolManager(num_pools=4)

    def run(self):
        for url in self.urls:
            pool = self.http.connection_from_url(url)
            self.results.put((url, pool.host))
        self.results.put(None)


if __name__ == "__main__":
    queue = mp.Queue()
    fetcher = PageFetcher(["http://localhost:8080/a"], queue)  # [PKL005]
    fetcher.start()
    while (item := queue.get(timeout=20)) is not None:
        print(item)
    fetcher.join()
