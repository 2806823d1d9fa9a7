# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same try block keeps only the path it checked, and the worker opens the file itself
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def record(path, line):
    if path is not None:
        with open(path, "a") as log:
            log.write(line)
    return len(line)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        try:
            path = os.path.join(folder, "run.log")
            open(path, "w").close()
        except OSError:
            path = None
        with ProcessPoolExecutor(2) as executor:
            print(executor.submit(record, path, "started").result(timeout=10))
