import multiprocessing as mp
import threading, socket, cProfile, functools, copyreg
from multiprocessing.pool import ThreadPool
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

pool = mp.Pool(2)  # PKL010


class Reduced:
    def __init__(self):
        self.lock = threading.Lock()

    def __reduce__(self):
        return (Reduced, ())


class Reg:
    def __init__(self):
        self.lock = threading.Lock()


copyreg.pickle(Reg, lambda r: (Reg, ()))


class ClassLevel:
    lock = threading.Lock()


def f(x, y=None):
    return x


def init(l):
    global LOCK
    LOCK = l


def main():
    lock = threading.Lock()
    mlock = mp.Lock()
    with ThreadPool(2) as tp:
        tp.map(lambda x: x, [1])  # ok
    with ThreadPoolExecutor() as te:
        te.submit(f, lock)  # ok
    s = socket.socket()
    with mp.Pool(2, initializer=init, initargs=(mlock,)) as p:  # ok
        p.map(f, [s])  # ok
        p.map(f, [Reduced()])  # ok
        p.map(f, [Reg()])  # ok
        p.map(f, [ClassLevel()])  # ok
        p.map(functools.partial(f, y=2), [1])  # ok
        p.map(f, [mp.Manager().Lock()])  # ok
        cProfile.run("p.map(f, [1])")  # PKL012
    pr = cProfile.Profile()
    pr.enable()  # PKL012


if __name__ == "__main__":
    main()
