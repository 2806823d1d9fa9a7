# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: an exception's __getstate__ that drops its lock is never called (BaseException.__reduce__ pickles __dict__ as it is)
import threading
from concurrent.futures import ProcessPoolExecutor


class LeaseLost(Exception):
    def __init__(self, resource):
        super().__init__(resource)
        self.resource = resource
        self.guard = threading.Lock()

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("guard", None)
        return state


def renew(resource):
    raise LeaseLost(resource)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        try:
            executor.submit(renew, "db").result(timeout=10)  # [PKL008]
        except LeaseLost as exc:
            print("lost", exc.resource)
