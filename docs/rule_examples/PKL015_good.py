# runtime: fork=ok spawn=ok forkserver=ok
# summary: the state keeps the event too (multiprocessing primitives pickle while a child starts)
import multiprocessing


class OutputQueue:
    def __init__(self):
        self.queue = multiprocessing.Queue()
        self.stop_event = multiprocessing.Event()

    def __getstate__(self):
        return {"queue": self.queue, "stop_event": self.stop_event}

    def __setstate__(self, state):
        self.queue = state["queue"]
        self.stop_event = state["stop_event"]

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
