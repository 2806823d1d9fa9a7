# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same store whose __setstate__ derives _read_only again from the mode it gets back: the copy in the worker reads it
import os
import tempfile
import zipfile
from concurrent.futures import ProcessPoolExecutor


class ZipStore:
    def __init__(self, path, mode="r"):
        self.path = path
        self.mode = mode
        self._read_only = mode == "r"
        self._zip = zipfile.ZipFile(path, mode)

    def __getstate__(self):
        return self.path, self.mode

    def __setstate__(self, state):
        self.path, self.mode = state
        self._read_only = self.mode == "r"
        self._zip = zipfile.ZipFile(self.path, self.mode)

    def get(self, key):
        if not self._read_only:
            raise PermissionError("opened for writing")
        return self._zip.read(key)

    def close(self):
        self._zip.close()


def read_chunk(store, key):
    try:
        return key, len(store.get(key))
    finally:
        store.close()


def write_archive(folder, index):
    path = os.path.join(folder, f"part{index}.zip")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("chunk", b"x" * (index + 1))
    return path


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        stores = [ZipStore(write_archive(folder, i)) for i in range(2)]
        with ProcessPoolExecutor(max_workers=2) as pool:
            futures = [pool.submit(read_chunk, s, "chunk") for s in stores]
            print([f.result(timeout=30) for f in futures])
        for s in stores:
            s.close()
