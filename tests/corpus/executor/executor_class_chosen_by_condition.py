# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'make_fitness.<locals>.fitness'
# summary: the optimiser picks its executor class with `ProcessPoolExecutor if kind == "process" else ThreadPoolExecutor`; configured for processes, it maps the closure it was given, which cannot be pickled (GeneticAlgorithmPython 121)
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def make_fitness(target):
    def fitness(solution):
        return -sum((a - b) ** 2 for a, b in zip(target, solution))

    return fitness


class Optimiser:
    def __init__(self, fitness_func, parallel=("thread", 1)):
        self.fitness_func = fitness_func
        self.parallel = parallel

    def scores(self, population):
        kind, workers = self.parallel
        executor_class = ProcessPoolExecutor if kind == "process" else ThreadPoolExecutor
        with executor_class(max_workers=workers) as executor:
            return list(executor.map(self.fitness_func, population))  # [PKL002]


if __name__ == "__main__":
    optimiser = Optimiser(make_fitness([0.1, 0.2]), parallel=("process", 2))
    print(optimiser.scores([[0.0, 0.0], [0.1, 0.2]]))
