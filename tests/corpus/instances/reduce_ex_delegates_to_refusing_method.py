# runtime: fork=error spawn=error forkserver=error
# error-contains: no default __reduce__ due to non-trivial __cinit__
# summary: a file wrapper's __reduce_ex__ hands pickling to a Cython-style __reduce_cython__ that refuses; a partial binding the opened wrapper into the task function is pickled with every Pool task (pysam 938)
import os
import tempfile
from functools import partial
from multiprocessing import Pool


class AlignmentFile:
    def __init__(self, path):
        self.filename = path
        self._handle = open(path, "rb")

    def __reduce_cython__(self):
        raise TypeError("no default __reduce__ due to non-trivial __cinit__")

    def __reduce_ex__(self, protocol):
        return self.__reduce_cython__()

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
            print(pool.map(task, [("chr1", 0, 1000), ("chr2", 0, 400)]))  # [PKL005]
        alignments._handle.close()
