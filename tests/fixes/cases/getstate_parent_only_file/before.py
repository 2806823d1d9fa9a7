# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a log file only the parent writes to is left out of the worker's copy, not reopened
# fix: PKL005 Add `__getstate__`
# round-trip: Recorder("out.txt", "> ")
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class Recorder:
    def __init__(self, filename, prefix):
        self.filename = filename
        self.prefix = prefix
        self.out = open(filename, "w")

    def label(self, line):
        return self.prefix + line

    def record(self, line):
        self.out.write(line + "\n")


def label_line(recorder, line):
    return recorder.label(line)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder(os.path.join(folder, "out.txt"), "> ")
        with ProcessPoolExecutor(max_workers=1) as executor:
            labelled = executor.submit(label_line, recorder, "from the worker").result()
        recorder.record(labelled)
        recorder.out.close()
        with open(recorder.filename) as written:
            print(written.read().splitlines())
