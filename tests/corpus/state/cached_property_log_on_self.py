# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: run() writes to a cached_property log file before mapping its own bound method: self carries the open file to the workers
import os
import tempfile
from functools import cached_property
from multiprocessing import Pool


class Crawler:
    def __init__(self, folder):
        self.folder = folder

    @cached_property
    def log(self):
        return open(os.path.join(self.folder, "crawl.log"), "w", encoding="utf-8")

    def fetch(self, url):
        return len(url)

    def run(self, urls):
        self.log.write(f"crawling {len(urls)} urls\n")
        with Pool(2) as pool:
            return pool.map(self.fetch, urls)  # [PKL009]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        crawler = Crawler(folder)
        print(crawler.run(["a.example", "bb.example"]))
        crawler.log.close()
