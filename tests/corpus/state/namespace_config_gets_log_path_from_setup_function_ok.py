# runtime: fork=ok spawn=ok forkserver=ok
# summary: the setup function puts only the log file's path on the argparse.Namespace config (`config.log_path = path`), so the Process subclass that keeps the config pickles under spawn
import argparse
import logging
import multiprocessing
import os
import tempfile


class Worker(multiprocessing.Process):
    def __init__(self, worker_id, config):
        super().__init__()
        self.worker_id = worker_id
        self.config = config

    def run(self):
        print("worker", self.worker_id, "logs to", os.path.basename(self.config.log_path))


def setup_logging(config):
    path = os.path.join(config.working_dir, "run.log")
    logging.getLogger("run").addHandler(logging.FileHandler(path))
    config.log_path = path


if __name__ == "__main__":
    config = argparse.Namespace(threads=1, working_dir=tempfile.mkdtemp())
    setup_logging(config)
    worker = Worker(0, config)
    worker.start()
    worker.join()
    print("exit code:", worker.exitcode)
    if worker.exitcode:
        raise SystemExit("the worker failed")
