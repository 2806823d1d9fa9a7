# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_queue.SimpleQueue' object
# summary: a ThreadPoolExecutor kept on self travels with a bound method given to Pool.map
import multiprocessing
from concurrent.futures import ThreadPoolExecutor


class Crawler:
    def __init__(self):
        self.io_pool = ThreadPoolExecutor(4)

    def parse(self, page):
        return len(page)


if __name__ == "__main__":
    crawler = Crawler()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(crawler.parse, ["a", "bb"]))  # [PKL009]
    crawler.io_pool.shutdown()
