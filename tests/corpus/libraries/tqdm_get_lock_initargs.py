# runtime: fork=ok spawn=error forkserver=error
# error-contains: RLock
# summary: tqdm's parallel-bars recipe Pool(initializer=tqdm.set_lock, initargs=(tqdm.get_lock(),)): the write lock bundles a threading RLock, so spawn and forkserver cannot pickle the initializer arguments (tqdm issue 920, reproduced blind)
import multiprocessing

from tqdm import tqdm


def work(n):
    total = 0
    for i in tqdm(range(n), position=n % 2, leave=False):
        total += i
    return total


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=tqdm.set_lock, initargs=(tqdm.get_lock(),)) as pool:  # [PKL004]
        print(pool.map(work, [3, 4]))
