# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: the toolbox's map is a Pool's map, so eaSimple sends the registered evaluation to the workers: a lambda, which pickle cannot find by name (DEAP issue 92's setup with the evaluation inlined)
import multiprocessing
import random

from deap import algorithms, base, creator, tools

creator.create("FitnessMax", base.Fitness, weights=(1.0,))
creator.create("Individual", list, fitness=creator.FitnessMax)

if __name__ == "__main__":
    random.seed(1)
    toolbox = base.Toolbox()
    toolbox.register("attr_bool", random.randint, 0, 1)
    toolbox.register("individual", tools.initRepeat, creator.Individual, toolbox.attr_bool, 8)
    toolbox.register("population", tools.initRepeat, list, toolbox.individual)
    toolbox.register("evaluate", lambda individual: (sum(individual),))  # [PKL001]
    toolbox.register("mate", tools.cxTwoPoint)
    toolbox.register("mutate", tools.mutFlipBit, indpb=0.05)
    toolbox.register("select", tools.selTournament, tournsize=3)
    with multiprocessing.Pool(2) as pool:
        toolbox.register("map", pool.map)
        population = toolbox.population(n=10)
        population, _log = algorithms.eaSimple(
            population, toolbox, cxpb=0.5, mutpb=0.2, ngen=2, verbose=False
        )
    print(max(sum(individual) for individual in population))
