# runtime: fork=error spawn=error forkserver=error
# error-contains: BufferedReader
# summary: a batch keeps the list of sources its caller opened and submits one task per source from a method; every task pickles an open binary file
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def size_of(source):
    return len(source.read())


class Batch:
    def __init__(self, sources, workers=2):
        self.sources = sources
        self.workers = workers

    def sizes(self):
        with ProcessPoolExecutor(self.workers) as executor:
            futures = [executor.submit(size_of, source) for source in self.sources]  # [PKL004]
            return [f.result(timeout=20) for f in futures]


if __name__ == "__main__":
    folder = tempfile.mkdtemp()
    paths = []
    for name in ("a.bin", "b.bin"):
        paths.append(os.path.join(folder, name))
        with open(paths[-1], "wb") as out:
            out.write(b"\0" * 8)
    handles = [open(path, "rb") for path in paths]
    try:
        print(Batch(handles).sizes())
    finally:
        for handle in handles:
            handle.close()
