# runtime: fork=ok spawn=ok forkserver=ok
# summary: the bars put into each search description are closed and replaced by None before the pool maps the descriptions
import random
from multiprocessing import Pool

from tqdm import tqdm


def search(info):
    rng = random.Random(info["seed"])
    return info["nth"], round(max(rng.random() for _ in range(info["n_iter"])), 3)


class Searches:
    def __init__(self):
        self.infos = {}

    def add(self, n_iter):
        nth = len(self.infos)
        self.infos[nth] = {"nth": nth, "n_iter": n_iter, "seed": nth}

    def _show_plan(self):
        for nth, info in self.infos.items():
            info["bar"] = tqdm(total=info["n_iter"], position=nth, leave=False)

    def _close_bars(self):
        for info in self.infos.values():
            info["bar"].close()
            info["bar"] = None

    def run(self):
        self._show_plan()
        self._close_bars()
        with Pool(2) as pool:
            return dict(pool.map(search, self.infos.values()))


if __name__ == "__main__":
    searches = Searches()
    searches.add(5)
    searches.add(7)
    print(searches.run())
