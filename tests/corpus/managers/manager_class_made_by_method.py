# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a distributed evaluator makes its SyncManager subclass inside a method and starts an instance of the class that method returns (neat-python 251): the spawned server process must pickle the local class
from multiprocessing.managers import SyncManager


class EvaluatorHost:
    def __init__(self, address, authkey):
        self.address = address
        self.authkey = authkey
        self.manager = None

    def _manager_class(self):
        class _EvaluatorManager(SyncManager):
            pass

        _EvaluatorManager.register("get_inqueue")
        return _EvaluatorManager

    def start(self):
        cls = self._manager_class()
        self.manager = cls(address=self.address, authkey=self.authkey)  # [PKL002]
        self.manager.start()
        return self.manager


if __name__ == "__main__":
    host = EvaluatorHost(("127.0.0.1", 0), b"evaluator")
    manager = host.start()
    shared = manager.dict()
    shared["generation"] = 1
    print("manager up, generation", shared["generation"])
    manager.shutdown()
