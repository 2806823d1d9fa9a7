# runtime: fork=ok spawn=error forkserver=error
# error-contains: 'NoneType' object is not subscriptable
# summary: the script reads its settings under the main guard into a module global the workers read; a spawned child imports the script as __mp_main__ without running that block, so the global is still None there (pyBKT issue 11's family, reproduced blind)
# fix: PKL016 Set
import multiprocessing

SETTINGS = None


def scale(value):
    return value * SETTINGS["factor"]


if __name__ == "__main__":
    SETTINGS = {"factor": 3, "name": "triple"}
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, [1, 2, 3]))
