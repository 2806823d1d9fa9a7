import logging
import multiprocessing


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.log = logging.getLogger("scaler")

    def scale(self, value):
        self.log.debug("scaling %s", value)
        return value * self.factor


def scale(scaler, value):
    return scaler.scale(value)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(scale, [(Scaler(3), 1), (Scaler(3), 2)]))
