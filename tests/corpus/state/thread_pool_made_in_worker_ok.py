# runtime: fork=ok spawn=ok forkserver=ok
# summary: a ThreadPoolExecutor made inside the worker never crosses the boundary (negative of thread_pool_executor_on_self)
import multiprocessing
from concurrent.futures import ThreadPoolExecutor


class Crawler:
    def __init__(self, threads):
        self.threads = threads

    def parse(self, page):
        with ThreadPoolExecutor(self.threads) as io_pool:
            return sum(io_pool.map(len, [page, page]))


if __name__ == "__main__":
    crawler = Crawler(2)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(crawler.parse, ["a", "bb"]))
