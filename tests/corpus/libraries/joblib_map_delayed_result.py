# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: tasks made with map(delayed(f), items) on joblib's multiprocessing backend: each worker returns a state object holding a lock, which cannot be sent back
import threading

from joblib import Parallel, delayed


class FluidState:
    def __init__(self, fluid):
        self.fluid = fluid
        self._handle = threading.Lock()
        self.density = None

    def update(self, pressure, temperature):
        self.density = pressure / (188.9 * temperature)


def run_state(offset):
    state = FluidState("CO2")
    state.update(101325, 400 + offset)
    return state


if __name__ == "__main__":
    offsets = [2, 3, 4, 5]
    states = Parallel(n_jobs=2, backend="multiprocessing")(map(delayed(run_state), offsets))  # [PKL007]
    print([round(state.density, 4) for state in states])
