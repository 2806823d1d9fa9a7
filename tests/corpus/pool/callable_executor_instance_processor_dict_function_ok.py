# runtime: fork=ok spawn=ok forkserver=ok
# summary: FuturesExecutor()(items, proc) whose __call__ submits the function to a ProcessPoolExecutor; proc keeps a dict of module-level functions, which pickle by name
from concurrent.futures import ProcessPoolExecutor


class FuturesExecutor:
    def __init__(self, workers=2):
        self.workers = workers

    def __call__(self, items, function):
        with ProcessPoolExecutor(self.workers) as executor:
            futures = [executor.submit(function, item) for item in items]
            return [future.result() for future in futures]


def count_events(chunk):
    return len(chunk)


class Processor:
    def __init__(self):
        self.accumulators = {"events": count_events, "total": sum}

    def __call__(self, chunk):
        return {name: accumulate(chunk) for name, accumulate in self.accumulators.items()}


if __name__ == "__main__":
    proc = Processor()
    print(FuturesExecutor()([[1, 2, 3], [4, 5]], proc))
