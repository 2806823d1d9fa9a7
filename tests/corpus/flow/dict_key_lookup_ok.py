# runtime: fork=ok spawn=ok forkserver=ok
# summary: only resources["db"] holds a lock; the task reads resources["cache"], plain data, and iterates the keys
import multiprocessing
import threading


def check(resource):
    return resource["name"]


if __name__ == "__main__":
    resources = {"cache": {"name": "cache"}}
    resources["db"] = {"name": "db", "guard": threading.Lock()}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(check, (resources["cache"],)))
        print(pool.map(len, sorted(resources)))
