# runtime: fork=error spawn=error forkserver=error
# error-contains: missing 1 required positional argument: 'path'
# summary: ResourceNotFound inherits ResourceError.__init__(path, ...), which passes only msg= to FSError.__init__, which calls super().__init__() with nothing: args is empty, so the parent cannot rebuild the exception a worker raises
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class FSError(Exception):
    default_message = "Unspecified error"

    def __init__(self, msg=None):
        self._msg = msg or self.default_message
        super().__init__()


class ResourceError(FSError):
    default_message = "failed on path {path}"

    def __init__(self, path, exc=None, msg=None):
        self.path = path
        self.exc = exc
        super().__init__(msg=msg)


class ResourceNotFound(ResourceError):
    default_message = "resource '{path}' not found"


def listdir(path):
    if not os.path.isdir(path):
        raise ResourceNotFound(path)
    return sorted(os.listdir(path))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(listdir, p) for p in (folder, os.path.join(folder, "missing"))]  # [PKL008]
            print([future.result(timeout=20) for future in futures])
