# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same wrapper's __reduce_ex__ hands pickling to a method that rebuilds it from its path, so the partial binding it pickles and each worker reopens the file
import os
import tempfile
from functools import partial
from multiprocessing import Pool


class AlignmentFile:
    def __init__(self, path):
        self.filename = path
        self._handle = open(path, "rb")

    def _rebuild(self):
        return type(self), (self.filename,)

    def __reduce_ex__(self, protocol):
        return self._rebuild()

    def count(self, start, stop):
        return (stop - start) // 10


def compute(region, alignment_file):
    return region[0], alignment_file.count(region[1], region[2])


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "sample.bam")
        with open(path, "wb") as out:
            out.write(b"BAM\x01")
        alignments = AlignmentFile(path)
        task = partial(compute, alignment_file=alignments)
        with Pool(2) as pool:
            print(pool.map(task, [("chr1", 0, 1000), ("chr2", 0, 400)]))
        alignments._handle.close()
