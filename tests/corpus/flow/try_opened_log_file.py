# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a log file opened in a try block (None only when opening fails) is submitted with the task: the normal run pickles the open file
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def record(log, line):
    if log is not None:
        log.write(line)
    return len(line)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        try:
            log = open(os.path.join(folder, "run.log"), "w")
        except OSError:
            log = None
        with ProcessPoolExecutor(2) as executor:
            print(executor.submit(record, log, "started").result(timeout=10))  # [PKL004]
        if log is not None:
            log.close()
