# runtime: fork=error spawn=error forkserver=error
# error-contains: __init__() missing 1 required positional argument
# summary: a worker catches the exception a client function of another module raises (its class in a third module) and puts it on a queue; the parent's get() cannot rebuild it from its args
import multiprocessing

from cife_client import fetch
from cife_errors import FetchError


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
