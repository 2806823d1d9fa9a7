# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: run_cron (another module, which never imports multiprocessing) builds a Process subclass of a third module that keeps the open log stream the caller passes as self.stdout; spawn pickles the process object with it
import os
import tempfile

from tpk_cron import run_cron

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        log_path = os.path.join(folder, "cron.log")
        with open(log_path, "w", encoding="utf-8") as log_stream:
            codes = run_cron([1, 2], log_path, log_stream)  # [PKL004]
        with open(log_path, encoding="utf-8") as log:
            print("exit codes", codes, "lines", len(log.read().splitlines()))
