# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same service with its SyncManager subclass at module level, which pickle finds by name
import multiprocessing
from multiprocessing.managers import SyncManager


class Counter:
    def __init__(self):
        self._count = 0

    def increment(self):
        self._count += 1
        return self._count


class ServiceManager(SyncManager):
    pass


class LoggingService:
    def __init__(self):
        ServiceManager.register("Counter", Counter)
        self._manager = ServiceManager()
        self._manager.start()
        self.counter = self._manager.Counter()

    def shutdown(self):
        self._manager.shutdown()


def work(counter):
    counter.increment()


if __name__ == "__main__":
    service = LoggingService()
    try:
        workers = [multiprocessing.Process(target=work, args=(service.counter,)) for _ in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(30)
        print("count:", service.counter.increment() - 1)
    finally:
        service.shutdown()
