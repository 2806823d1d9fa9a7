# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same manager made on one of two branches, given module-level functions by register(): the server process finds them by name under every start method
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


store = {}
mgr = None


def _get(key):
    return store.get(key)


def start(authkey, mode="local"):
    global mgr
    QueueManager.register("get", callable=_get)
    if mode == "remote":
        mgr = QueueManager(address=("127.0.0.1", 0), authkey=authkey)
    else:
        mgr = QueueManager(authkey=authkey)
    mgr.start()
    return mgr


if __name__ == "__main__":
    manager = start(b"secret")
    print(manager.get("missing"))
    manager.shutdown()
