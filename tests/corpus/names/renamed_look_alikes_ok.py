# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alikes where the name leads back to the object: matching functional names, an alias under the class's own name, a TypedDict, a partial under a new name, wraps rebinding the same name, lru_cache over a function, a table built after the last def
import enum
import functools
import multiprocessing
from collections import namedtuple
from typing import TypedDict

Status = enum.Enum("Status", ["QUEUED", "DONE"])
Phase = enum.Enum("JobPhase", ["START", "END"], qualname="Phase")  # pickled as Phase
Level = enum.IntEnum("Severity", "LOW HIGH")
Severity = Level  # the module now has the name the class records
Config = TypedDict("JobConfig", {"name": str})  # instances are plain dicts
Thing = type("Thing", (), {})


class Point(namedtuple("_PointBase", "x y")):  # the class statement names it Point
    __slots__ = ()


def memo(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(text):
        if text not in cache:
            cache[text] = func(text)
        return cache[text]

    return wrapper


def score(value, weight):
    return value * weight


weighted = functools.partial(score, weight=2)  # pickles score by its own name


def parse(text):
    return text.split(",")


parse = memo(parse)  # the wrapper is named parse and bound to parse


@memo
def tokens(text):
    return text.split()


def lookup(code):
    return {"a": 1}.get(code, 0)


lookup = functools.lru_cache(maxsize=None)(lookup)


def handle(x):
    return x + 1


def handle(x):  # noqa: F811
    return x + 100


HANDLERS = [handle]  # built after the last def: the final handle


def label(status, level, config, thing, point, phase):
    return f"{status.name}/{level.name}/{config['name']}/{type(thing).__name__}/{point.x}/{phase}"


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(label, (Status.DONE, Level.HIGH, Config(name="a"), Thing(), Point(1, 2), Phase.END)))
        print(pool.map(weighted, [1, 2]), pool.map(parse, ["a,b"]), pool.map(tokens, ["a b"]))
        print(pool.map(lookup, ["a"]), pool.map(HANDLERS[0], [1]))
