# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same global set under the main guard, read by workers of an explicit fork context: forked children copy the parent's memory, global included
import multiprocessing

SETTINGS = None


def scale(value):
    return value * SETTINGS["factor"]


if __name__ == "__main__":
    SETTINGS = {"factor": 3}
    with multiprocessing.get_context("fork").Pool(2) as pool:
        print(pool.map(scale, [1, 2, 3]))
