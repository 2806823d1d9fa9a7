# runtime: fork=ok spawn=ok forkserver=ok
# summary: the singleton keeps its one instance in a nested class named `_OneInstance` (one underscore, no name mangling): pickle finds `Simulation._OneInstance` and the pool's tasks carry the instance
import multiprocessing


class Simulation:
    class _OneInstance:
        def __init__(self, settings):
            self.settings = settings

    instance = None

    def __init__(self, settings):
        if Simulation.instance is None:
            Simulation.instance = Simulation._OneInstance(settings)


def run_rank(task):
    rank, shared = task
    return rank, shared.settings["steps"]


if __name__ == "__main__":
    Simulation({"steps": 10})
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run_rank, [(r, Simulation.instance) for r in range(2)]))
