# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: resources["db"] is the entry holding a lock; the task reads it by its constant key
import multiprocessing
import threading


def check(resource):
    return resource["name"]


if __name__ == "__main__":
    resources = {"cache": {"name": "cache"}}
    resources["db"] = {"name": "db", "guard": threading.Lock()}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(check, (resources["db"],)))  # [PKL004]
