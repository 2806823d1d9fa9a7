# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'start.<locals>.<lambda>'
# summary: a per-executor manager is made on one of two branches into a global, its class given lambdas by register() first; starting it pickles the registry for the server process under spawn/forkserver (TensorFlowOnSpark 198)
from multiprocessing.managers import BaseManager


class QueueManager(BaseManager):
    pass


store = {}
mgr = None


def start(authkey, mode="local"):
    global mgr
    QueueManager.register("get", callable=lambda key: store.get(key))  # [PKL001]
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
