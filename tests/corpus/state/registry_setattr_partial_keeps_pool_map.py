# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a toolbox of the project registers callables by name with setattr and functools.partial; its map is the Pool's bound map and the evaluation a bound method of a problem object keeping the toolbox, so mapping it pickles the Pool (DEAP issue 434's shape without DEAP, reproduced blind)
import functools
import multiprocessing


class Toolbox:
    def register(self, alias, function, *args, **kwargs):
        setattr(self, alias, functools.partial(function, *args, **kwargs))


class Problem:
    def __init__(self, toolbox, target):
        self.toolbox = toolbox
        self.target = target

    def evaluate(self, individual):
        return (sum(abs(a - b) for a, b in zip(individual, self.target)),)


def main():
    pool = multiprocessing.Pool(2)
    try:
        toolbox = Toolbox()
        toolbox.register("map", pool.map)
        problem = Problem(toolbox, [1, 2, 3])
        toolbox.register("evaluate", problem.evaluate)
        offspring = [[1, 2, 3], [0, 0, 0], [3, 2, 1]]
        print(list(toolbox.map(toolbox.evaluate, offspring)))  # [PKL009]
    finally:
        pool.terminate()
        pool.join()


if __name__ == "__main__":
    main()
