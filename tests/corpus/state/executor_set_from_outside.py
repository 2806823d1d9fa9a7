# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'EventBank.put_events.<locals>.to_path'
# summary: the bank's executor is None until the caller attaches a ProcessPoolExecutor; put_events then maps a local function through self._map (obsplus)
from concurrent.futures import ProcessPoolExecutor


class EventBank:
    def __init__(self, root):
        self.root = root
        self.executor = None

    def _map(self, func, items):
        if self.executor is None:
            return list(map(func, items))
        return list(self.executor.map(func, items, timeout=10))  # [PKL002]

    def put_events(self, events):
        root = self.root

        def to_path(event):
            return f"{root}/{event}.xml"

        return self._map(to_path, events)


if __name__ == "__main__":
    bank = EventBank("events")
    print(bank.put_events(["e1"]))
    bank.executor = ProcessPoolExecutor(max_workers=2)
    try:
        print(bank.put_events(["e1", "e2"]))
    finally:
        bank.executor.shutdown()
