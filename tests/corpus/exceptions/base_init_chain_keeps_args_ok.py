# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the same chain of __init__s, but each passes its arguments on by position, so args holds the path and the parent rebuilds the exception and catches it
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class FSError(Exception):
    def __init__(self, *args):
        super().__init__(*args)


class ResourceError(FSError):
    def __init__(self, path, exc=None):
        self.path = path
        self.exc = exc
        super().__init__(path)


class ResourceNotFound(ResourceError):
    pass


def listdir(path):
    if not os.path.isdir(path):
        raise ResourceNotFound(path)
    return sorted(os.listdir(path))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with ProcessPoolExecutor(max_workers=2) as pool:
            future = pool.submit(listdir, os.path.join(folder, "missing"))
            try:
                future.result(timeout=20)
            except ResourceNotFound as error:
                print("not found:", os.path.basename(error.path))
