# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike: the Process subclass of another module keeps the log's path (a string) the caller passes, and each job opens the file itself
import os
import tempfile

from tpo_cron import run_cron

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        log_path = os.path.join(folder, "cron.log")
        codes = run_cron([1, 2], log_path)
        with open(log_path, encoding="utf-8") as log:
            print("exit codes", codes, "lines", len(log.read().splitlines()))
