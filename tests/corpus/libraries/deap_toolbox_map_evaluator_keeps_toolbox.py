# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: the evaluation is a bound method of an evaluator that keeps the toolbox, whose map is the Pool's bound map: mapping it pickles the evaluator, the toolbox and the Pool (DEAP issue 434, reproduced blind)
import multiprocessing
import random

from deap import base, creator, tools

creator.create("FitnessMin", base.Fitness, weights=(-1.0,))
creator.create("Individual", list, fitness=creator.FitnessMin)


class Evaluator:
    def __init__(self, toolbox, target):
        self.toolbox = toolbox
        self.target = target

    def distance(self, individual):
        return (sum(abs(a - b) for a, b in zip(individual, self.target)),)


if __name__ == "__main__":
    random.seed(2)
    with multiprocessing.Pool(2) as pool:
        toolbox = base.Toolbox()
        toolbox.register("map", pool.map)
        toolbox.register("attr", random.randint, 0, 3)
        toolbox.register("individual", tools.initRepeat, creator.Individual, toolbox.attr, 3)
        evaluator = Evaluator(toolbox, [1, 2, 3])
        toolbox.register("evaluate", evaluator.distance)
        population = [toolbox.individual() for _ in range(4)]
        print(list(toolbox.map(toolbox.evaluate, population)))  # [PKL009]
