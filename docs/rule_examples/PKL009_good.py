# runtime: fork=ok spawn=ok forkserver=ok
# summary: the target is a module-level function that receives only the data it needs
import multiprocessing
import sys
import threading


def download(urls):
    print(len(urls), "urls")


class Downloader:
    def __init__(self, urls):
        self.urls = urls
        self.lock = threading.Lock()

    def start(self):
        process = multiprocessing.Process(target=download, args=(self.urls,))
        process.start()
        process.join()
        return process.exitcode


if __name__ == "__main__":
    sys.exit(Downloader(["a", "b"]).start())
