# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'create_loss.<locals>.loss'
# summary: a parallel optimiser's base class stores the objective its subclass passes up through super().__init__; the objective is a closure made by create_loss(), which the subclass's Pool.map pickles (yabox 40)
import multiprocessing


class DE:
    def __init__(self, fobj, bounds, popsize=8, seed=0):
        self.fobj = fobj
        self.bounds = bounds
        self.popsize = popsize
        self.seed = seed

    def init_population(self):
        import random

        rnd = random.Random(self.seed)
        return [[rnd.uniform(lo, hi) for lo, hi in self.bounds] for _ in range(self.popsize)]

    def evaluate(self, population):
        return [self.fobj(ind) for ind in population]


class PDE(DE):
    def __init__(self, fobj, bounds, popsize=8, processes=2, **kw):
        super().__init__(fobj, bounds, popsize, **kw)
        self.processes = processes
        self.pool = multiprocessing.Pool(processes)

    def evaluate(self, population):
        return self.pool.map(self.fobj, population)  # [PKL002]

    def close(self):
        self.pool.close()
        self.pool.join()


def create_loss(data, recovered, death, s_0, e_0, a_0, i_0, r_0, d_0):
    def loss(point):
        beta, beta2, sigma = point
        pred = [s_0 * beta * t + e_0 * beta2 - sigma * a_0 for t in range(len(data))]
        return sum((p - d) ** 2 for p, d in zip(pred, data)) + abs(recovered[-1] - r_0) + abs(death[-1] - d_0) + i_0

    return loss


if __name__ == "__main__":
    data, recovered, death = [1, 3, 7, 15], [0, 1, 2], [0, 0, 1]
    f = create_loss(data, recovered, death, 1000, 10, 5, 1, 0, 0)
    de = PDE(f, [(0.0, 1.0), (0.0, 1.0), (0.0, 0.5)], processes=2)
    try:
        print(min(de.evaluate(de.init_population())))
    finally:
        de.close()
