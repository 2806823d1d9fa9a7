# runtime: fork=error spawn=ok forkserver=ok
# error-contains: cannot pickle '_thread.lock' object
# summary: the reader keeps its storage client only under fork (`client if mp.get_start_method() == "fork" else None`); a Pool task pickles the reader under every method, so it fails exactly where the client was kept
import multiprocessing as mp
import threading


class StorageClient:
    def __init__(self, project):
        self.project = project
        self._lock = threading.Lock()


class Reader:
    def __init__(self, bucket, client=None):
        self.bucket = bucket
        self.client = client if mp.get_start_method() == "fork" else None

    def describe(self):
        return f"{self.bucket}: client={'yes' if self.client else 'lazy'}"


def show(reader):
    return reader.describe()


if __name__ == "__main__":
    reader = Reader("bucket", client=StorageClient("project"))
    with mp.Pool(2) as pool:
        print(pool.map(show, [reader]))  # [PKL005]
