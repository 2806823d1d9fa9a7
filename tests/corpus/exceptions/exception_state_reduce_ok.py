# runtime: fork=ok spawn=ok forkserver=ok
# summary: the lock-holding exception defines __reduce__ (not __getstate__), which BaseException honours: it travels back
import threading
from concurrent.futures import ProcessPoolExecutor


class LeaseLost(Exception):
    def __init__(self, resource):
        super().__init__(resource)
        self.resource = resource
        self.guard = threading.Lock()

    def __reduce__(self):
        return (LeaseLost, (self.resource,))


def renew(resource):
    raise LeaseLost(resource)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(renew, "db").result(timeout=10)
        except LeaseLost as exc:
            print("lost", exc.resource)
