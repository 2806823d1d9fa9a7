# runtime: fork=ok spawn=error forkserver=error
# error-contains: local object 'LoggingService.__init__.<locals>.ServiceManager'
# summary: a SyncManager subclass defined inside __init__ is started; starting pickles type(self)._run_server, which names the local class
import multiprocessing
from multiprocessing.managers import SyncManager


class Counter:
    def __init__(self):
        self._count = 0

    def increment(self):
        self._count += 1
        return self._count


class LoggingService:
    def __init__(self):
        class ServiceManager(SyncManager):
            pass

        ServiceManager.register("Counter", Counter)
        self._manager = ServiceManager()  # [PKL002]
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
