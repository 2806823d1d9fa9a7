# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: one submit per value of self.events, a dict comprehension of threading.Event objects made in __init__
import concurrent.futures
import threading


def work(event):
    return event.is_set()


class Service:
    def __init__(self):
        self.events = {name: threading.Event() for name in ("a", "b")}

    def check(self):
        with concurrent.futures.ProcessPoolExecutor(2) as pool:
            futures = [pool.submit(work, event) for event in self.events.values()]  # [PKL004]
            return [f.result() for f in futures]


if __name__ == "__main__":
    print(Service().check())
