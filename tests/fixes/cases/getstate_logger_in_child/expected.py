# runtime: fork=error spawn=error forkserver=error
# error-contains: logger cannot be pickled
# summary: a Logger built directly is fetched again by name in the child, which logs with it
# fix: PKL005 Add `__getstate__`
# round-trip: Scaler(3)
import logging
import multiprocessing


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.log = logging.Logger("scaler")

    def scale(self, value):
        self.log.debug("scaling %s", value)
        return value * self.factor

    def __getstate__(self):
        # `log`: not pickled as is, see __setstate__
        state = self.__dict__.copy()
        state.pop("log", None)
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.log = logging.getLogger("scaler")  # the logger of that name


def scale(scaler, value):
    return scaler.scale(value)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(scale, [(Scaler(3), 1), (Scaler(3), 2)]))
