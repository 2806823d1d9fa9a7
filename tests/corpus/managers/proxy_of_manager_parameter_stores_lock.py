# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a helper receives the manager as a parameter and stores a threading lock into the dict proxy it makes; the proxy pickles the lock to the manager's process
import threading
from multiprocessing import Manager


def register_jobs(manager, names):
    registry = manager.dict()
    for name in names:
        registry[name] = threading.Lock()  # [PKL004]
    return len(registry)


if __name__ == "__main__":
    with Manager() as manager:
        print(register_jobs(manager, ["resize", "thumbnail"]))
