# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same helper given two workers; the one the program passes returns the cluster id and the address only, the client stays in the child
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
    return {"cluster": scheduler.submit(task), "scheduler": scheduler.address}


def count_task(task):
    return len(task)


def run_in_child(work, args, seconds=30):
    with ProcessPoolExecutor(max_workers=1) as executor:
        return executor.submit(work, *args).result(timeout=seconds)


if __name__ == "__main__":
    print(run_in_child(submit_task, ("nightly",))["cluster"], run_in_child(count_task, ("ab",)))
