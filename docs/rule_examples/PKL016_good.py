# runtime: fork=ok spawn=ok forkserver=ok
# summary: the pool's initializer sets the global in every child from the value the parent passes
import multiprocessing

SETTINGS = None


def install(settings):
    global SETTINGS
    SETTINGS = settings


def scale(value):
    return value * SETTINGS["factor"]


if __name__ == "__main__":
    settings = {"factor": 3}
    with multiprocessing.Pool(2, initializer=install, initargs=(settings,)) as pool:
        print(pool.map(scale, [1, 2, 3]))
