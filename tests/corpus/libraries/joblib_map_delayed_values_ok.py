# runtime: fork=ok spawn=ok forkserver=ok
# summary: tasks made with map(delayed(f), items): the workers return plain numbers, so only the densities cross back
import threading

from joblib import Parallel, delayed


class FluidState:
    def __init__(self, fluid):
        self.fluid = fluid
        self._handle = threading.Lock()
        self.density = None

    def update(self, pressure, temperature):
        self.density = pressure / (188.9 * temperature)


def run_density(offset):
    state = FluidState("CO2")
    state.update(101325, 400 + offset)
    return state.density


if __name__ == "__main__":
    offsets = [2, 3, 4, 5]
    densities = Parallel(n_jobs=2, backend="multiprocessing")(map(delayed(run_density), offsets))
    print([round(density, 4) for density in densities])
