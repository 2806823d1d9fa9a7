# runtime: fork=ok spawn=ok forkserver=ok
# summary: a decorator class that keeps the wrapped function but starts the Process with a module-level runner given the function's name; the runner looks up the undecorated function in a registry, so nothing is pickled by the rebound name
import multiprocessing

_REGISTRY = {}


def _run_registered(name, args):
    _REGISTRY[name](*args)


class InSubprocess:
    def __init__(self, func):
        self.func = func
        _REGISTRY[func.__name__] = func

    def __call__(self, *args):
        worker = multiprocessing.Process(target=_run_registered, args=(self.func.__name__, args))
        worker.start()
        worker.join()
        return worker.exitcode


@InSubprocess
def checksum(queue, data):
    queue.put(sum(data) % 251)


if __name__ == "__main__":
    results = multiprocessing.Queue()
    print(checksum(results, [10, 20, 30]))
    print(results.get(timeout=30))
