# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same module-level logger and sink, but the sink pickles only its path and opens the file again when unpickled, so the spawned child appends to the same log
import multiprocessing
import os
import tempfile


class FileSink:
    def __init__(self, path):
        self.path = path
        self._file = open(path, "a", encoding="utf8")

    def __getstate__(self):
        return {"path": self.path}

    def __setstate__(self, state):
        self.path = state["path"]
        self._file = open(self.path, "a", encoding="utf8")

    def write(self, message):
        self._file.write(message + "\n")
        self._file.flush()


class Logger:
    def __init__(self):
        self._sinks = []

    def add(self, path):
        self._sinks.append(FileSink(path))

    def info(self, message):
        for sink in self._sinks:
            sink.write(message)


logger = Logger()


def work(number, log):
    log.info(f"work {number}")


def main(folder):
    logger.add(os.path.join(folder, "run.log"))
    child = multiprocessing.Process(target=work, args=(1, logger))
    child.start()
    child.join()
    with open(os.path.join(folder, "run.log")) as written:
        print(written.read().strip())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        main(folder)
