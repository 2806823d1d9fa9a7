# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same bank maps a module-level function through the executor the caller attaches, with the root passed as data
from concurrent.futures import ProcessPoolExecutor
from functools import partial


def to_path(root, event):
    return f"{root}/{event}.xml"


class EventBank:
    def __init__(self, root):
        self.root = root
        self.executor = None

    def _map(self, func, items):
        if self.executor is None:
            return list(map(func, items))
        return list(self.executor.map(func, items, timeout=10))

    def put_events(self, events):
        return self._map(partial(to_path, self.root), events)


if __name__ == "__main__":
    bank = EventBank("events")
    print(bank.put_events(["e1"]))
    bank.executor = ProcessPoolExecutor(max_workers=2)
    try:
        print(bank.put_events(["e1", "e2"]))
    finally:
        bank.executor.shutdown()
