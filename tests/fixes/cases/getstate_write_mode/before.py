# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a file opened with "w" is reopened with "a" after unpickling, so the copy does not truncate it
# fix: PKL005 Add `__getstate__`
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class Recorder:
    def __init__(self, filename):
        self.filename = filename
        self.out = open(filename, "w")
        self.out.write("header\n")
        self.out.flush()


def record(recorder, line):
    recorder.out.write(line + "\n")
    recorder.out.close()
    return line


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder(os.path.join(folder, "out.txt"))
        with ProcessPoolExecutor(max_workers=1) as executor:
            print(executor.submit(record, recorder, "from the worker").result())
        recorder.out.close()
        with open(recorder.filename) as written:
            print(written.read().splitlines())
