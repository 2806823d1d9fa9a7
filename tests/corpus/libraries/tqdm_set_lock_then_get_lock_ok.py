# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of tqdm issue 920's recipe: `tqdm.set_lock(RLock())` first, so `tqdm.get_lock()` answers that multiprocessing RLock, which Pool hands to its workers as initializer arguments (allowed while they start)
import multiprocessing
import sys

from tqdm import tqdm


def work(n):
    total = 0
    for i in tqdm(range(n), position=n % 2, leave=False, file=sys.stderr):
        total += i
    return total


if __name__ == "__main__":
    tqdm.set_lock(multiprocessing.RLock())
    with multiprocessing.Pool(2, initializer=tqdm.set_lock, initargs=(tqdm.get_lock(),)) as pool:
        print(pool.map(work, [3, 4]))
