# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: target=self.work pickles the whole instance, including its lock
import multiprocessing
import sys
import threading


class Downloader:
    def __init__(self, urls):
        self.urls = urls
        self.lock = threading.Lock()

    def work(self):
        print(len(self.urls), "urls")

    def start(self):
        process = multiprocessing.Process(target=self.work)
        process.start()
        process.join()
        return process.exitcode


if __name__ == "__main__":
    sys.exit(Downloader(["a", "b"]).start())
