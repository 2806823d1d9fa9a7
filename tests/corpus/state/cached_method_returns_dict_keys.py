# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'dict_keys' object
# summary: an lru_cache'd method of an object a helper builds returns the keys view of the dict the constructor was given; the view goes into every Pool.starmap task
import functools
import multiprocessing


class SimData:
    def __init__(self, prices):
        self._prices = prices

    @functools.lru_cache(maxsize=None)
    def instrument_list(self):
        return self._prices.keys()

    def prices(self, code):
        return self._prices[code]


def forecast(code, prices, universe):
    return code, round((prices[-1] - prices[0]) / len(universe), 3)


def build_sim_data():
    return SimData({"EDOLLAR": [97.1, 97.9], "US10": [128.0, 126.9]})


if __name__ == "__main__":
    data = build_sim_data()
    universe = data.instrument_list()
    jobs = [(code, data.prices(code), universe) for code in universe]
    with multiprocessing.Pool(2) as pool:
        print(dict(pool.starmap(forecast, jobs)))  # [PKL004]
