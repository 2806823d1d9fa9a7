# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'SSLContext' object
# summary: multiprocess (dill) pickles bound methods and closures, but not an SSLContext: the fetcher's bound method carries the one it keeps
import ssl

from multiprocess import Pool


class Fetcher:
    def __init__(self, host):
        self.host = host
        self.context = ssl.create_default_context()

    def describe(self, path):
        return f"https://{self.host}/{path}"


if __name__ == "__main__":
    fetcher = Fetcher("example.org")
    with Pool(2) as pool:
        print(pool.map(fetcher.describe, ["a", "b"]))  # [PKL009]
