# runtime: fork=ok spawn=error forkserver=error
# error-contains: it's not the same object as __main__.checksum
# summary: a decorator class runs the function it wraps in a Process (target=self.func); the module name `checksum` now holds the decorator instance, so spawn cannot pickle the original function by name (cpython issue 105982)
import multiprocessing


class InSubprocess:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        worker = multiprocessing.Process(target=self.func, args=args)  # [PKL014]
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
