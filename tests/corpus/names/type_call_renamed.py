# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Message on __main__ failed
# summary: a class made with type("Message", ...) and bound to Event: the instance put on a queue is pickled as Message, which the module lacks
import multiprocessing


def _describe(self):
    return f"{self.kind}:{self.payload}"


Event = type("Message", (), {"describe": _describe})


def consume(queue):
    print(queue.get(timeout=10).describe())


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    worker = multiprocessing.Process(target=consume, args=(queue,))
    worker.start()
    event = Event()
    event.kind, event.payload = "click", 3
    queue.put(event)  # [PKL014]
    queue.close()
    queue.join_thread()
    worker.join(timeout=10)
    worker.terminate()
