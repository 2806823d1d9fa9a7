# runtime: fork=ok spawn=ok forkserver=ok
# summary: the optimiser picks ProcessPoolExecutor by its configuration and maps a module-level fitness function, which pickles by name
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def fitness(solution, target=(0.1, 0.2)):
    return -sum((a - b) ** 2 for a, b in zip(target, solution))


class Optimiser:
    def __init__(self, fitness_func, parallel=("thread", 1)):
        self.fitness_func = fitness_func
        self.parallel = parallel

    def scores(self, population):
        kind, workers = self.parallel
        executor_class = ProcessPoolExecutor if kind == "process" else ThreadPoolExecutor
        with executor_class(max_workers=workers) as executor:
            return list(executor.map(self.fitness_func, population))


if __name__ == "__main__":
    optimiser = Optimiser(fitness, parallel=("process", 2))
    print(optimiser.scores([[0.0, 0.0], [0.1, 0.2]]))
