# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: an mp.Event (built on a Condition and Semaphore) in apply_async args fails
import multiprocessing


def wait(flag):
    return flag.is_set()


if __name__ == "__main__":
    flag = multiprocessing.Event()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply_async(wait, (flag,)).get(timeout=10))  # [PKL006]
