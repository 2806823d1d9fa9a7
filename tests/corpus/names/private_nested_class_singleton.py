# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Simulation.__OneInstance on __main__ failed
# summary: the singleton recipe keeps its one instance in a nested class named `__OneInstance`; Python stores it as `_Simulation__OneInstance`, so pickle cannot look up the qualified name when the pool's tasks carry the instance (simulus 23)
import multiprocessing


class Simulation:
    class __OneInstance:
        def __init__(self, settings):
            self.settings = settings

    instance = None

    def __init__(self, settings):
        if Simulation.instance is None:
            Simulation.instance = Simulation.__OneInstance(settings)


def run_rank(task):
    rank, shared = task
    return rank, shared.settings["steps"]


if __name__ == "__main__":
    Simulation({"steps": 10})
    with multiprocessing.Pool(2) as pool:
        print(pool.map(run_rank, [(r, Simulation.instance) for r in range(2)]))  # [PKL014]
