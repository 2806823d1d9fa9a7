# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker tests the global and loads it itself when it is missing, as a spawned child finds it
import multiprocessing

SETTINGS = None


def scale(value):
    global SETTINGS
    if SETTINGS is None:
        SETTINGS = {"factor": 3}
    return value * SETTINGS["factor"]


if __name__ == "__main__":
    SETTINGS = {"factor": 3}
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, [1, 2, 3]))
