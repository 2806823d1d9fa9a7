# runtime: fork=error spawn=error forkserver=error
# error-contains: Queue objects should only be shared between processes through inheritance
# summary: a crawler keeps a multiprocess Queue on self and binds it into functools.partial for its multiprocess (dill) Pool.map: dill calls the Queue's __getstate__, which refuses outside process start (a report reproduced blind, s28b crawler)
import functools

import multiprocess as mp


def fetch_page(url, out_queue):
    out_queue.put((url, len(url)))
    return len(url)


class Crawler:
    def __init__(self, workers=2):
        self.results = mp.Queue()
        self.pool = mp.Pool(workers)

    def crawl(self, urls):
        job = functools.partial(fetch_page, out_queue=self.results)
        try:
            sizes = self.pool.map(job, urls)  # [PKL006]
        finally:
            self.pool.terminate()
        return sizes, [self.results.get(timeout=10) for _ in urls]


if __name__ == "__main__":
    print(Crawler().crawl(["https://example.test/", "https://example.test/a"]))
