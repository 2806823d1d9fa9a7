import multiprocessing as mp
import threading, logging, sqlite3, functools, hashlib, weakref, types, os
from concurrent.futures import ProcessPoolExecutor


class Worker:
    def __init__(self):
        self.lock = threading.Lock()

    def run(self, x):
        return x


class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")


def raiser(x):
    raise MyErr(1, 2)


def ret_gen(x):
    return (i for i in range(x))


def ret_lock(x):
    return threading.Lock()


def plain(x, y=None):
    return x


def make_conn():
    return sqlite3.connect(":memory:")


class Proc(mp.Process):
    def __init__(self):
        super().__init__()
        self.f = open("/etc/hostname")

    def run(self):
        pass


def main():
    w = Worker()
    q = mp.Queue()
    r, s = mp.Pipe()
    lock = threading.Lock()
    with mp.Pool(2) as pool:
        pool.map(w.run, [1])  # PKL009
        pool.map(raiser, [1])  # PKL008
        pool.map(ret_gen, [1])  # PKL007
        pool.map(ret_lock, [1])  # PKL007
        pool.apply_async(plain, (lock,))  # PKL004
        pool.map(plain, [make_conn()])  # PKL004
        pool.map(functools.partial(plain, y=hashlib.md5()), [1])  # PKL004
        pool.map(plain, [pool])  # PKL011
        pool.map(plain, [os])  # PKL004 module
        pool.map(plain, [weakref.ref(w)])  # PKL004
        pool.map(plain, [types.MappingProxyType({})])  # PKL004
        pool.map(plain, [logging.Logger("x")])  # PKL004
        pool.map(plain, [logging.getLogger("x")])  # ok
        pool.map(plain, [q])  # PKL006
    q.put(lambda: 1)  # PKL001
    s.send(lock)  # PKL004
    m = mp.Manager()
    d = m.dict()
    d["k"] = lock  # PKL004
    lst = m.list()
    lst.append(open("/etc/hostname"))  # PKL004
    with ProcessPoolExecutor() as ex:
        ex.submit(plain, lock)  # PKL004
        ex.map(plain, [lambda: 0])  # PKL001
    Proc().start()  # PKL005 spawn
    mp.Process(target=w.run, args=(1,)).start()  # PKL009 spawn
    with ProcessPoolExecutor(initializer=lambda: None) as ex:  # PKL001 spawn
        pass


if __name__ == "__main__":
    main()
