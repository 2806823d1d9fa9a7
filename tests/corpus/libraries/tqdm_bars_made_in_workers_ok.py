# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same searches with each worker making its own bar from its position: only numbers are pickled, and the descriptions are taken from a list of strings by index
import multiprocessing

from tqdm import tqdm


def run_search(nth, desc, n_iter):
    best = 0
    with tqdm(total=n_iter, position=nth, desc=desc) as bar:
        for i in range(n_iter):
            best = max(best, (i * 7 + nth) % 11)
            bar.update(1)
    return best


if __name__ == "__main__":
    descriptions = [f"search {i}" for i in range(2)]
    jobs = [(i, descriptions[i], 5) for i in range(2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap_async(run_search, jobs).get(timeout=60))
