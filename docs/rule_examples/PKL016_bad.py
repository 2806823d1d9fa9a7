# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object is not subscriptable
# summary: the main block stores the settings in a module global the workers read; a spawned child imports the script without running that block
import multiprocessing

SETTINGS = None


def scale(value):
    return value * SETTINGS["factor"]


if __name__ == "__main__":
    SETTINGS = {"factor": 3}
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, [1, 2, 3]))  # [PKL016]
