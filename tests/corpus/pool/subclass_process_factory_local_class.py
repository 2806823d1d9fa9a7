# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a Pool subclass lets its workers start pools of their own by swapping each worker's class, in its `Process` factory, for a non-daemonic subclass defined right there; spawn and forkserver pickle every worker Process object, whose class is a local one (BluePyMM issue 252, reproduced blind)
import multiprocessing
import multiprocessing.pool


class NestablePool(multiprocessing.pool.Pool):
    def Process(self, *args, **kwds):
        proc = super().Process(*args, **kwds)

        class NonDaemonProcess(proc.__class__):
            @property
            def daemon(self):
                return False

            @daemon.setter
            def daemon(self, value):
                pass

        proc.__class__ = NonDaemonProcess  # [PKL002]
        return proc


def simulate(name):
    return name, len(name)


if __name__ == "__main__":
    pool = NestablePool(2)
    try:
        print(pool.map(simulate, ["model-a", "model-bb"]))
    finally:
        pool.close()
        pool.join()
