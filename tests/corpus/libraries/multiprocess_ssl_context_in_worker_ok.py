# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same fetcher makes its SSLContext when first used, in the worker: multiprocess (dill) pickles the bound method and its plain state
import ssl

from multiprocess import Pool


class Fetcher:
    def __init__(self, host):
        self.host = host
        self.context = None

    def describe(self, path):
        if self.context is None:
            self.context = ssl.create_default_context()
        return f"https://{self.host}/{path}"


if __name__ == "__main__":
    fetcher = Fetcher("example.org")
    with Pool(2) as pool:
        print(pool.map(fetcher.describe, ["a", "b"]))
