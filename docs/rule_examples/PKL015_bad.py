# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'OutputQueue' object has no attribute 'stop_event'
# summary: __getstate__ keeps only the queue; the child's copy has no stop_event, which put() reads
import multiprocessing


class OutputQueue:
    def __init__(self):
        self.queue = multiprocessing.Queue()
        self.stop_event = multiprocessing.Event()

    def __getstate__(self):
        return {"queue": self.queue}

    def __setstate__(self, state):
        self.queue = state["queue"]

    def put(self, item):
        if not self.stop_event.is_set():
            self.queue.put(item)


def produce(out):
    for number in range(3):
        out.put(number * number)


if __name__ == "__main__":
    out = OutputQueue()
    child = multiprocessing.Process(target=produce, args=(out,))
    child.start()
    child.join()
    print("child exit code", child.exitcode)
    if child.exitcode:
        raise SystemExit(1)
