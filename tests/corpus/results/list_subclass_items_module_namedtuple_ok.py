# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same list subclass of PotcarSingle items with the namedtuple class at module level, the fix pymatgen took: pickle finds it by name
from collections import namedtuple
from multiprocessing import Pool

OrbitalDescription = namedtuple("OrbitalDescription", "l E Type Rcut Type2 Rcut2")


class PotcarSingle:
    def __init__(self, symbol, data):
        self.symbol = symbol
        self.orbitals = [OrbitalDescription(*row) for row in data]


class Potcar(list):
    def __init__(self, symbols):
        super().__init__(
            PotcarSingle(s, [(0, -5.0, 23, 1.3, None, None)]) for s in symbols)


def build_potcar(symbols):
    return Potcar(symbols)


if __name__ == "__main__":
    with Pool(2) as pool:
        potcars = pool.map(build_potcar, [["Mg"], ["Fe", "O"]])
    print([[p.symbol for p in pc] for pc in potcars])
