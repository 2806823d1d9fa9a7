# runtime: fork=ok spawn=ok forkserver=ok
# summary: the manager subclass is defined at module level and the method only registers on it and returns it: pickle finds the class by name (the fix of neat-python 251)
from multiprocessing.managers import SyncManager


class _EvaluatorManager(SyncManager):
    pass


class EvaluatorHost:
    def __init__(self, address, authkey):
        self.address = address
        self.authkey = authkey
        self.manager = None

    def _manager_class(self):
        _EvaluatorManager.register("get_inqueue")
        return _EvaluatorManager

    def start(self):
        cls = self._manager_class()
        self.manager = cls(address=self.address, authkey=self.authkey)
        self.manager.start()
        return self.manager


if __name__ == "__main__":
    host = EvaluatorHost(("127.0.0.1", 0), b"evaluator")
    manager = host.start()
    shared = manager.dict()
    shared["generation"] = 1
    print("manager up, generation", shared["generation"])
    manager.shutdown()
