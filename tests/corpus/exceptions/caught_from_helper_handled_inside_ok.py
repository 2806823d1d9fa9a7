# runtime: fork=ok spawn=ok forkserver=ok
# summary: the helper raises an exception that cannot be rebuilt, but catches it itself and returns a plain record; what the worker catches and queues is a ValueError the helper raises instead
import multiprocessing


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} answered {status}")
        self.url = url
        self.status = status


def fetch(url):
    try:
        if url.endswith("/down"):
            raise FetchError(url, 503)
    except FetchError as failed:
        raise ValueError(f"gave up on {failed.url}") from None
    return f"body of {url}"


def crawl(urls, results):
    for url in urls:
        try:
            results.put((url, fetch(url)))
        except (FetchError, ValueError) as error:
            results.put((url, error))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    urls = ["http://a/up", "http://b/down"]
    worker = multiprocessing.Process(target=crawl, args=(urls, results))
    worker.start()
    for _ in urls:
        print(results.get(timeout=10))
    worker.join()
