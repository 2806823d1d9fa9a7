# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alikes: `default_factory=lambda: [...]` and a project class with plain state; the lambda stays in the class, the instances hold a list and a plain object
from dataclasses import dataclass, field
from multiprocessing import Pool


class Counter:
    def __init__(self):
        self.seen = 0


@dataclass
class Job:
    name: str
    tags: list = field(default_factory=lambda: ["new"])
    counter: Counter = field(default_factory=Counter)


def run(job):
    return job.name + ":" + ",".join(job.tags) + str(job.counter.seen)


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(run, [Job("a"), Job("b")]))
