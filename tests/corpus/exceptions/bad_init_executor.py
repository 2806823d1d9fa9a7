# runtime: fork=error spawn=error forkserver=error
# error-contains: BrokenProcessPool
# summary: an exception that cannot be rebuilt in the parent breaks a ProcessPoolExecutor
from concurrent.futures import ProcessPoolExecutor


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url)
        self.status = status


def fetch(url):
    raise FetchError(url, 404)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(fetch, "http://example.invalid")  # [PKL008]
        print(future.result(timeout=10))
