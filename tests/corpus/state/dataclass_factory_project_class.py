# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.RLock' object
# summary: `field(default_factory=Registry)` with a project class whose __init__ keeps an RLock: the default Registry travels with every Job
import threading
from dataclasses import dataclass, field
from multiprocessing import Pool


class Registry:
    def __init__(self):
        self.guard = threading.RLock()
        self.items = {}


@dataclass
class Job:
    name: str
    registry: Registry = field(default_factory=Registry)


def run(job):
    return job.name


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(run, [Job("a"), Job("b")]))  # [PKL005]
