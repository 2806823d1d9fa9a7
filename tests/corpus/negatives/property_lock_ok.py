# runtime: fork=ok spawn=ok forkserver=ok
# summary: a property that builds a lock on access adds nothing to the pickled instance state
import multiprocessing
import threading


class Resource:
    def __init__(self, name):
        self.name = name

    @property
    def lock(self):
        return threading.Lock()


def name(resource):
    with resource.lock:
        return resource.name


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(name, [Resource("a"), Resource("b")]))
