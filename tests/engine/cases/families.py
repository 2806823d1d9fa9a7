# Family modules (engine/families): edges of streams, names, rebuild and fork traps.
# Whole programs for each family are executed in tests/corpus (streams, names, forktraps, ...).
import multiprocessing
import subprocess
import sys
import typing
from collections import namedtuple


def work(x):
    return x


Pair = typing.NamedTuple("Couple", [("a", int)])
Same = namedtuple("Same", "a")


class Late:
    pass


if sys.platform == "linux":

    class Late:  # a conditional redefinition is not followed
        pass


class Counted:
    def __init__(self, function):
        self.function = function

    def __reduce__(self):
        return (Counted, (work,))


@Counted
def reduced(x):
    return x


class Shout:
    def __init__(self, function):
        self.name = "shout"


@Shout
def forgotten(x):
    return x


class ParentError(Exception):
    def __init__(self, info, code):
        super().__init__(info.text, code)


class SwappedError(Exception):
    def __init__(self, info, code):
        super().__init__(code, info.text)


class Lazy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.target, name)


class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        """Forward everything."""
        return getattr(self.target, name)


def raises_parent(x):
    raise ParentError(x, 1)


def raises_swapped(x):
    raise SwappedError(x, 1)


def streams(path, mode, flag):
    reader = subprocess.Popen(["true"], stdout=subprocess.PIPE, bufsize=0)
    writer = subprocess.Popen(["cat"], stdin=subprocess.PIPE)
    texts = subprocess.Popen(["true"], stdout=subprocess.PIPE, text=flag)
    plain = subprocess.Popen(["true"])
    with multiprocessing.Pool(2) as pool:
        pool.map(work, [reader.stdout])  # PKL004
        pool.map(work, [writer.stdin])  # PKL004
        pool.map(work, [texts.stdout])  # ok
        pool.map(work, [plain.stdout, plain.stderr])  # ok
        pool.map(work, [open(path, "r+b")])  # PKL004
        pool.map(work, [open(path, "rb", buffering=0)])  # PKL004
        pool.map(work, [open(path, mode)])  # PKL004
        pool.map(work, [Pair(1), Same(1), Late()])  # PKL014
        pool.map(work, [Same(2), Late()])  # ok
        pool.map(reduced, [1])  # ok
        pool.map(forgotten, [1])  # ok
        pool.map(raises_parent, [1])  # PKL008
        pool.map(raises_swapped, [1])  # ok
        pool.map(work, [Lazy(1)])  # ok
        pool.map(work, [Proxy(1)])  # PKL005
