# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same fetcher, but the PoolManager is made in run(), inside the child: only the URLs and the queue are pickled
import multiprocessing as mp

import urllib3


class PageFetcher(mp.Process):
    def __init__(self, urls, results):
        super().__init__(daemon=True)
        self.urls = urls
        self.results = results
        self.http = None

    def run(self):
        self.http = urllib3.PoolManager(num_pools=4)
        for url in self.urls:
            pool = self.http.connection_from_url(url)
            self.results.put((url, pool.host))
        self.results.put(None)


if __name__ == "__main__":
    queue = mp.Queue()
    fetcher = PageFetcher(["http://localhost:8080/a"], queue)
    fetcher.start()
    while (item := queue.get(timeout=20)) is not None:
        print(item)
    fetcher.join()
