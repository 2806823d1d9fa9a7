# runtime: fork=ok spawn=ok forkserver=ok
# summary: temporal-boost #24 look-alike: the caller passes a logger config whose sink is None (each worker falls back to its own sys.stdout when it logs), so logger_config or {...} never reaches the default holding the stream
import multiprocessing
import sys


class BoostWorker:
    def __init__(self, name, task_queue, activities, logger_config):
        self.name = name
        self.task_queue = task_queue
        self.activities = activities
        self.logger_config = logger_config

    def log(self, message):
        sink = self.logger_config["sink"] or sys.stdout
        sink.write("[%s] %s: %s\n" % (self.logger_config["level"], self.name, message))
        sink.flush()

    def run(self):
        for activity in self.activities:
            self.log("registered activity %s on %s" % (activity.__name__, self.task_queue))


def run_worker(worker):
    worker.run()


class BoostApp:
    def __init__(self, name, logger_config=None):
        self.name = name
        self.logger_config = logger_config or {"sink": sys.stdout, "level": "INFO"}
        self.workers = []

    def add_worker(self, name, task_queue, activities):
        self.workers.append(BoostWorker(name, task_queue, activities, self.logger_config))

    def run(self):
        processes = [multiprocessing.Process(target=run_worker, args=(worker,)) for worker in self.workers]
        for process in processes:
            process.start()
        for process in processes:
            process.join()
            if process.exitcode:
                raise SystemExit("worker exited with %s" % process.exitcode)


def say_hello(name):
    return "hello " + name


if __name__ == "__main__":
    app = BoostApp("example", logger_config={"sink": None, "level": "INFO"})
    app.add_worker("worker_1", "task_q_1", [say_hello])
    app.run()
