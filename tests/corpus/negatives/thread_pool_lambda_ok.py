# runtime: fork=ok spawn=ok forkserver=ok
# summary: thread pools share memory and never pickle, so lambdas and locks are fine there
import threading
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.pool import ThreadPool

if __name__ == "__main__":
    lock = threading.Lock()
    with ThreadPool(2) as pool:
        print(pool.map(lambda x: x + 1, range(3)))
    with ThreadPoolExecutor(2) as executor:
        print(executor.submit(lambda held: held.locked(), lock).result())
