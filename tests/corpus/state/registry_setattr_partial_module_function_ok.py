# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same setattr/partial toolbox, but the evaluation is a module-level function registered with its target: the partial pickles the function by name and the list with it
import functools
import multiprocessing


class Toolbox:
    def register(self, alias, function, *args, **kwargs):
        setattr(self, alias, functools.partial(function, *args, **kwargs))


def evaluate(individual, target):
    return (sum(abs(a - b) for a, b in zip(individual, target)),)


def main():
    with multiprocessing.Pool(2) as pool:
        toolbox = Toolbox()
        toolbox.register("map", pool.map)
        toolbox.register("evaluate", evaluate, target=[1, 2, 3])
        offspring = [[1, 2, 3], [0, 0, 0], [3, 2, 1]]
        print(list(toolbox.map(toolbox.evaluate, offspring)))


if __name__ == "__main__":
    main()
