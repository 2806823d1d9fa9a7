# runtime: fork=ok spawn=ok forkserver=ok
# summary: the reader keeps its storage client only where the start method is fork (`client if mp.get_start_method() == "fork" else None`); a Process pickles the reader only under spawn and forkserver, where it holds None (gcs-connector-for-pytorch 67)
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


def show(reader, results):
    results.put(reader.describe())


if __name__ == "__main__":
    reader = Reader("bucket", client=StorageClient("project"))
    results = mp.Queue()
    worker = mp.Process(target=show, args=(reader, results))
    worker.start()
    print(results.get(timeout=10))
    worker.join()
