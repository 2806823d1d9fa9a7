# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a dict subclass whose register() method puts a lock into the mapping itself (self[name] = value): pickle saves the items, so the submitted registry fails
import threading
from concurrent.futures import ProcessPoolExecutor


class Resources(dict):
    def register(self, name, value):
        self[name] = value


def describe(resources):
    return sorted(resources)


if __name__ == "__main__":
    resources = Resources()
    resources.register("limit", 10)
    resources.register("guard", threading.Lock())
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(describe, resources).result())  # [PKL005]
