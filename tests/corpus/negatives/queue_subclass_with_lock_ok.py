# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocessing's Queue pickles a fixed state in its own __getstate__: a lock a subclass adds is never pickled
import multiprocessing
import threading
from multiprocessing import queues


class GuardedQueue(queues.Queue):
    def __init__(self, context):
        super().__init__(ctx=context)
        self.shutdown_lock = threading.Lock()


def consume(channel):
    print(channel.get(timeout=10))


if __name__ == "__main__":
    channel = GuardedQueue(multiprocessing.get_context())
    worker = multiprocessing.Process(target=consume, args=(channel,))
    worker.start()
    channel.put("hello")
    worker.join()
    print(worker.exitcode)
