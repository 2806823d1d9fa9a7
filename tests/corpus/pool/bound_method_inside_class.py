# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a class hands its own bound method to a pool, dragging its lock along
import multiprocessing
import threading


class Crawler:
    def __init__(self):
        self.lock = threading.Lock()
        self.prefix = "page"

    def fetch(self, n):
        return f"{self.prefix}{n}"

    def crawl(self):
        with multiprocessing.Pool(2) as pool:
            return pool.map(self.fetch, range(3))  # [PKL009]


if __name__ == "__main__":
    print(Crawler().crawl())
