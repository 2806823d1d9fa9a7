# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a multiprocessing.pool.ThreadPool is a Pool and refuses pickling like one
import multiprocessing
from multiprocessing.pool import ThreadPool


def work(helper_pool, x):
    return x


if __name__ == "__main__":
    helper_pool = ThreadPool(2)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(work, (helper_pool, 1)))  # [PKL011]
    helper_pool.close()
