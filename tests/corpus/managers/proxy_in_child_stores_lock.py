# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a child Process given a Manager dict proxy stores a threading lock in it: the child pickles the lock to the manager process and dies
import multiprocessing
import threading


def claim(registry, key):
    registry[key] = threading.Lock()  # [PKL004]


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        registry = manager.dict()
        child = multiprocessing.Process(target=claim, args=(registry, "job-1"))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"child failed: {child.exitcode}")
        print(sorted(registry.keys()))
