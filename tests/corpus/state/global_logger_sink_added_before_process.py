# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a module-level logger gets a file sink in `main()` (`logger.add(path)` opens the file) and is then passed to a Process; spawn pickles the logger with its sinks and the open file (loguru 831)
import multiprocessing
import os
import tempfile


class FileSink:
    def __init__(self, path):
        self._file = open(path, "a", encoding="utf8")

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
    child = multiprocessing.Process(target=work, args=(1, logger))  # [PKL005]
    child.start()
    child.join()
    with open(os.path.join(folder, "run.log")) as written:
        print(written.read().strip())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        main(folder)
