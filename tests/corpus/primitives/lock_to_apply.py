# runtime: fork=error spawn=error forkserver=error
# error-contains: Lock objects should only be shared between processes through inheritance
# summary: an mp.Lock passed to Pool.apply raises RuntimeError under every start method
import multiprocessing


def guarded(lock, x):
    with lock:
        return x


if __name__ == "__main__":
    lock = multiprocessing.Lock()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(guarded, (lock, 1)))  # [PKL006]
