# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup OrbitalDescription on
# summary: a worker returns a list subclass whose __init__ hands the base PotcarSingle items, each keeping instances of a namedtuple class made inside its __init__; the result cannot be pickled back (pymatgen 706)
from collections import namedtuple
from multiprocessing import Pool


class PotcarSingle:
    def __init__(self, symbol, data):
        self.symbol = symbol
        OrbitalDescription = namedtuple(
            "OrbitalDescription", "l E Type Rcut Type2 Rcut2")
        self.orbitals = [OrbitalDescription(*row) for row in data]


class Potcar(list):
    def __init__(self, symbols):
        super().__init__(
            PotcarSingle(s, [(0, -5.0, 23, 1.3, None, None)]) for s in symbols)


def build_potcar(symbols):
    return Potcar(symbols)


if __name__ == "__main__":
    with Pool(2) as pool:
        potcars = pool.map(build_potcar, [["Mg"], ["Fe", "O"]])  # [PKL007]
    print([[p.symbol for p in pc] for pc in potcars])
