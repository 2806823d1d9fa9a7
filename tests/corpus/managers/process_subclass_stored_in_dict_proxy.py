# runtime: fork=error spawn=error forkserver=error
# error-contains: Pickling an AuthenticationString object is disallowed for security reasons
# summary: each worker (a Process subclass) registers itself in a manager dict so it can remove its entry when done; storing the Process object pickles its authentication key (a Stack Overflow question, reproduced blind)
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
        registry[job] = worker  # [PKL011]
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
    return dict(registry)


if __name__ == "__main__":
    with Manager() as manager:
        print(launch(manager, ["resize", "thumbnail"]))
