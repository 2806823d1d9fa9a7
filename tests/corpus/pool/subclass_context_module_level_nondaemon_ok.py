# runtime: fork=ok spawn=ok forkserver=ok
# summary: the usual fix for nestable pools: a module-level non-daemonic Process class, handed to the Pool through a context whose Process it is; every start method finds the class by name
import multiprocessing
import multiprocessing.pool


class NonDaemonProcess(multiprocessing.Process):
    @property
    def daemon(self):
        return False

    @daemon.setter
    def daemon(self, value):
        pass


class NonDaemonContext(type(multiprocessing.get_context())):
    Process = NonDaemonProcess


class NestablePool(multiprocessing.pool.Pool):
    def __init__(self, *args, **kwargs):
        kwargs["context"] = NonDaemonContext()
        super().__init__(*args, **kwargs)


def simulate(name):
    return name, len(name)


if __name__ == "__main__":
    pool = NestablePool(2)
    try:
        print(pool.map(simulate, ["model-a", "model-bb"]))
    finally:
        pool.close()
        pool.join()
