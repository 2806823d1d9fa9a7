# runtime: fork=ok spawn=ok forkserver=ok
# summary: each worker (a Process subclass) is registered in a manager dict by its job name and a status string, not as the Process object
from multiprocessing import Manager, Process


class Worker(Process):
    def __init__(self, registry, job):
        super().__init__()
        self.registry = registry
        self.job = job

    def run(self):
        self.registry.pop(self.job, None)


def launch(manager, jobs):
    registry = manager.dict()
    workers = []
    for job in jobs:
        worker = Worker(registry, job)
        registry[job] = "starting"
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
    return dict(registry)


if __name__ == "__main__":
    with Manager() as manager:
        print(launch(manager, ["resize", "thumbnail"]))
