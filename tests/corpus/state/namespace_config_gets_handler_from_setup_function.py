# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: the run config is an argparse.Namespace that a setup function fills with the logging handler it makes (`config.log_handler = handler`); the Process subclass keeps the config, so starting it under spawn pickles the handler's lock (Sniffles 512)
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
        print("worker", self.worker_id, "threads", self.config.threads)


def setup_logging(config):
    handler = logging.FileHandler(os.path.join(config.working_dir, "run.log"))
    logging.getLogger("run").addHandler(handler)
    config.log_handler = handler


if __name__ == "__main__":
    config = argparse.Namespace(threads=1, working_dir=tempfile.mkdtemp())
    setup_logging(config)
    worker = Worker(0, config)  # [PKL005]
    worker.start()
    worker.join()
    print("exit code:", worker.exitcode)
    if worker.exitcode:
        raise SystemExit("the worker failed")
