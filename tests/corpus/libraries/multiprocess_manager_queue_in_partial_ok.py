# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same crawler with a Manager's queue: a proxy pickles (it reconnects to the manager), so the partial goes to the multiprocess Pool's workers
import functools

import multiprocess as mp


def fetch_page(url, out_queue):
    out_queue.put((url, len(url)))
    return len(url)


class Crawler:
    def __init__(self, manager, workers=2):
        self.results = manager.Queue()
        self.pool = mp.Pool(workers)

    def crawl(self, urls):
        job = functools.partial(fetch_page, out_queue=self.results)
        try:
            sizes = self.pool.map(job, urls)
        finally:
            self.pool.terminate()
        return sizes, sorted(self.results.get(timeout=10) for _ in urls)


if __name__ == "__main__":
    with mp.Manager() as manager:
        print(Crawler(manager).crawl(["https://example.test/", "https://example.test/a"]))
