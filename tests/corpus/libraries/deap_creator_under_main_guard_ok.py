# runtime: fork=ok spawn=ok forkserver=ok
# summary: the creator classes are made under the main guard (the setup DEAP issues 92 and sklearn-deap 24 failed with on Windows), but since DEAP 1.4 their instances pickle by value; the evaluation is a module-level function
import multiprocessing
import random

from deap import algorithms, base, creator, tools


def evaluate(individual, target):
    return (sum(1 for bit, want in zip(individual, target) if bit == want),)


if __name__ == "__main__":
    random.seed(1)
    creator.create("FitnessMax", base.Fitness, weights=(1.0,))
    creator.create("Individual", list, fitness=creator.FitnessMax)
    toolbox = base.Toolbox()
    toolbox.register("attr_bool", random.randint, 0, 1)
    toolbox.register("individual", tools.initRepeat, creator.Individual, toolbox.attr_bool, 8)
    toolbox.register("population", tools.initRepeat, list, toolbox.individual)
    toolbox.register("evaluate", evaluate, target=[1] * 8)
    toolbox.register("mate", tools.cxTwoPoint)
    toolbox.register("mutate", tools.mutFlipBit, indpb=0.05)
    toolbox.register("select", tools.selTournament, tournsize=3)
    with multiprocessing.Pool(2) as pool:
        toolbox.register("map", pool.map)
        population = toolbox.population(n=10)
        population, _log = algorithms.eaSimple(
            population, toolbox, cxpb=0.5, mutpb=0.2, ngen=2, verbose=False
        )
    print(len(population))
