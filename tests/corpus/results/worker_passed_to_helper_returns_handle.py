# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'select.poll' object
# summary: run_in_child(work, args) submits the worker it is given; the only worker passed returns a dict holding a client whose handle is a select.poll object (CRABServer 9014)
import select
from concurrent.futures import ProcessPoolExecutor


class Scheduler:
    def __init__(self, address):
        self.address = address
        self._handle = select.poll()

    def submit(self, task):
        return 4242


def submit_task(task):
    scheduler = Scheduler("sched-901")
    return {"cluster": scheduler.submit(task), "scheduler": scheduler}


def run_in_child(work, args, seconds=30):
    with ProcessPoolExecutor(max_workers=1) as executor:
        return executor.submit(work, *args).result(timeout=seconds)  # [PKL007]


if __name__ == "__main__":
    print(run_in_child(submit_task, ("nightly",))["cluster"])
