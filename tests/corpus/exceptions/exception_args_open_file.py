# runtime: fork=error spawn=error forkserver=error
# error-contains: BufferedReader
# summary: an exception's __init__ passes the open file it was given on to super().__init__, so args (pickled with it) hold the file
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class UploadFailed(Exception):
    def __init__(self, path, stream):
        super().__init__(path, stream)
        self.path = path


def upload(path):
    stream = open(path, "rb")
    if os.path.getsize(path) == 0:
        raise UploadFailed(path, stream)
    with stream:
        return len(stream.read())


if __name__ == "__main__":
    with tempfile.NamedTemporaryFile(delete=False) as empty:
        pass
    with ProcessPoolExecutor(1) as executor:
        try:
            print(executor.submit(upload, empty.name).result(timeout=10))  # [PKL008]
        except UploadFailed as exc:
            print("failed:", exc.path)
        finally:
            os.unlink(empty.name)
