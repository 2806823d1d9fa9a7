# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same process-running class applied by a call (`run_checksum = InSubprocess(checksum)`), not as a decorator: the module name `checksum` still holds the function, so spawn pickles it by name
import multiprocessing


class InSubprocess:
    def __init__(self, func):
        self.func = func

    def __call__(self, *args):
        worker = multiprocessing.Process(target=self.func, args=args)
        worker.start()
        worker.join()
        return worker.exitcode


def checksum(queue, data):
    queue.put(sum(data) % 251)


run_checksum = InSubprocess(checksum)

if __name__ == "__main__":
    results = multiprocessing.Queue()
    print(run_checksum(results, [10, 20, 30]))
    print(results.get(timeout=30))
