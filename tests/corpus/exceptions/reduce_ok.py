# runtime: fork=ok spawn=ok forkserver=ok
# summary: an exception with a custom __reduce__ survives the trip back despite its __init__ signature
import multiprocessing


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url)
        self.url = url
        self.status = status

    def __reduce__(self):
        return (FetchError, (self.url, self.status))


def fetch(url):
    raise FetchError(url, 404)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(fetch, ["u"])
        except FetchError as error:
            print("caught", error.url, error.status)
