# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a dataclass field made by `field(default_factory=threading.Event)`: every Job holds an Event (a lock inside), and the jobs are the pool's task items
import threading
from dataclasses import dataclass, field
from multiprocessing import Pool


@dataclass
class Job:
    name: str
    done: threading.Event = field(default_factory=threading.Event)


def run(job):
    return job.name.upper()


if __name__ == "__main__":
    jobs = [Job("a"), Job("b")]
    with Pool(2) as pool:
        print(pool.map(run, jobs))  # [PKL005]
