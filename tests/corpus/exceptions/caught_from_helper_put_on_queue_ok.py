# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same crawler, but the helper's exception passes every __init__ argument on to the base class, so the parent rebuilds it from its args
import multiprocessing


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url, status)
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
            results.put((url, error))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    urls = ["http://a/up", "http://b/down"]
    worker = multiprocessing.Process(target=crawl, args=(urls, results))
    worker.start()
    for _ in urls:
        print(results.get(timeout=10))
    worker.join()
