# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: every worker is made and kept in self.workers first, then started in a second loop: the second start() pickles self holding the first, already started
import multiprocessing


class Crawler:
    def __init__(self, urls):
        self.urls = urls
        self.workers = []

    def fetch(self, url):
        print("fetched", url, "of", len(self.urls))

    def run(self):
        for url in self.urls:
            self.workers.append(multiprocessing.Process(target=self.fetch, args=(url,)))  # [PKL009]
        for worker in self.workers:
            worker.start()
        for worker in self.workers:
            worker.join()
        print("done", [w.exitcode for w in self.workers])


if __name__ == "__main__":
    Crawler(["a", "b", "c"]).run()
