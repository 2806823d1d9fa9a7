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


def label_line(prefix, line):
    return prefix + line


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        recorder = Recorder(os.path.join(folder, "out.txt"), "> ")
        with ProcessPoolExecutor(max_workers=1) as executor:
            labelled = executor.submit(label_line, recorder.prefix, "from the worker").result()
        recorder.record(labelled)
        recorder.out.close()
        with open(recorder.filename) as written:
            print(written.read().splitlines())
