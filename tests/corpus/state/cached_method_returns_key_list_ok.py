# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the same cached method returns a list of the dict's keys, which pickles
import functools
import multiprocessing


class SimData:
    def __init__(self, prices):
        self._prices = prices

    @functools.lru_cache(maxsize=None)
    def instrument_list(self):
        return list(self._prices)

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
        print(dict(pool.starmap(forecast, jobs)))
