# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: a method called before the pool puts a tqdm bar into each search description kept in a dict on self; mapping over the dict's values pickles the bars and their stream (Hyperactive issue 61, reproduced blind)
import random
from multiprocessing import Pool

from tqdm import tqdm


def search(info):
    rng = random.Random(info["seed"])
    best = max(rng.random() for _ in range(info["n_iter"]))
    info["bar"].update(info["n_iter"])
    return info["nth"], round(best, 3)


class Searches:
    def __init__(self):
        self.infos = {}

    def add(self, n_iter):
        nth = len(self.infos)
        self.infos[nth] = {"nth": nth, "n_iter": n_iter, "seed": nth}

    def _create_progress_bars(self):
        for nth, info in self.infos.items():
            info["bar"] = tqdm(total=info["n_iter"], position=nth, leave=False)

    def run(self):
        self._create_progress_bars()
        with Pool(2) as pool:
            return dict(pool.map(search, self.infos.values()))  # [PKL004]


if __name__ == "__main__":
    searches = Searches()
    searches.add(5)
    searches.add(7)
    print(searches.run())
