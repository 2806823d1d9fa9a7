from concurrent.futures import ProcessPoolExecutor


def _objective(args):
    model, params = args
    return model.chi2(params), params


class DEfit:
    def __init__(self, model, population=6):
        self.model = model
        self.population = [(4.0 + i * 0.4, 0.3 + 0.05 * i) for i in range(population)]

    def fit(self):
        with ProcessPoolExecutor(max_workers=2) as pool:
            scores = list(pool.map(_objective, [(self.model, p) for p in self.population]))
        return min(scores)[1]
