# runtime: fork=ok spawn=ok forkserver=ok
# summary: a table captured a function that is later rebound by a registering call returning the function itself, and one rebound under an if: the name still leads back to the object sent
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


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(STEPS[0], [" a "]), pool.map(TABLE["shout"], ["b"]))
