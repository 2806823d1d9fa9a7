# runtime: fork=ok spawn=ok forkserver=ok
# summary: the function that declares `global work` runs at import time, so a spawned worker's import defines work too
import multiprocessing


def define_work():
    global work

    def work(x):
        return x * 2


define_work()

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(work, range(4)))
