import multiprocessing as mp
import threading
from dataclasses import dataclass
from typing import NamedTuple


class Holder:
    def __init__(self):
        self.handle = open("/etc/hostname")


@dataclass
class Job:
    n: int
    lock: threading.Lock


class Pt(NamedTuple):
    x: int
    f: object


def w(x):
    return 1


if __name__ == "__main__":
    h = Holder()
    h.handle.close()
    h.handle = None
    with mp.Pool(2) as p:
        p.map(w, [h])  # ok
        p.map(w, [Job(1, threading.Lock())])  # PKL005
        p.map(w, [Job(n=1, lock=None)])  # ok
        p.map(w, [Pt(1, open("/etc/hostname"))])  # PKL005
