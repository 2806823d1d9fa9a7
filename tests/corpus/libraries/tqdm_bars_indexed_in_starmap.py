# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: one tqdm bar per search is made up front and each task tuple takes bars[i]; a bar keeps its output stream and cannot be pickled (Hyperactive issue 61, reproduced blind)
import multiprocessing

from tqdm import tqdm


def run_search(nth, bar, n_iter):
    best = 0
    for i in range(n_iter):
        best = max(best, (i * 7 + nth) % 11)
        bar.update(1)
    return best


if __name__ == "__main__":
    bars = [tqdm(total=5, position=i, desc=f"search {i}") for i in range(2)]
    jobs = [(i, bars[i], 5) for i in range(2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap_async(run_search, jobs).get(timeout=60))  # [PKL004]
