# runtime: fork=ok spawn=ok forkserver=ok
# summary: a table captured a function that is later rebound by a registering call returning the function itself, one rebound under an if, one wrapped before the table was built: the name still leads back to the object sent
import functools
import multiprocessing
import os

PLUGINS = []


def register(func):
    PLUGINS.append(func)
    return func


def clean(text):
    return text.strip()


STEPS = [clean]
clean = register(clean)  # the same function object


def shout(text):
    return text.upper()


TABLE = {"shout": shout}
if os.environ.get("QUIET_SHOUT"):

    def shout(text):  # noqa: F811
        return text


def traced(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)

    return wrapper


def whisper(text):
    return text.lower()


whisper = traced(whisper)
QUIET = [whisper]  # the wrapper, named whisper and bound to whisper


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(STEPS[0], [" a "]), pool.map(TABLE["shout"], ["b"]))
        print(pool.map(QUIET[0], ["C"]))
