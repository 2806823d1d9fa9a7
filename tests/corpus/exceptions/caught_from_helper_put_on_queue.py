# runtime: fork=error spawn=error forkserver=error
# error-contains: __init__() missing 1 required positional argument
# summary: a worker catches the exception a helper raises and reports it on a queue; the exception's __init__ passes one formatted message to the base class, so the parent's get() cannot rebuild it
import multiprocessing


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} answered {status}")
        self.url = url
        self.status = status


def fetch(url):
    if url.endswith("/down"):
        raise FetchError(url, 503)
    return f"body of {url}"


def crawl(urls, results):
    for url in urls:
        try:
            results.put((url, fetch(url)))
        except FetchError as error:
            results.put((url, error))  # [PKL008]


if __name__ == "__main__":
    results = multiprocessing.Queue()
    urls = ["http://a/up", "http://b/down"]
    worker = multiprocessing.Process(target=crawl, args=(urls, results))
    worker.start()
    for _ in urls:
        print(results.get(timeout=10))
    worker.join()
