# runtime: fork=ok spawn=ok forkserver=ok
# summary: model classes made by a custom_model() factory cannot be found by name, but their __reduce__ rebuilds each instance with a module-level function, so the models in Pool task items pickle (stingray 247)
import math
import multiprocessing


def custom_model(func):
    class FittableModel:
        def __init__(self, **params):
            self.params = params

        def evaluate(self, x):
            return func(x, **self.params)

        def __reduce__(self):
            return (make_sinc_square, (dict(self.params),))

    FittableModel.__name__ = func.__name__.title().replace("_", "") + "Model"
    return FittableModel


def sinc_square(x, amplitude=1.0, mean=0.0, width=1.0):
    t = (x - mean) / width
    return amplitude * (1.0 if t == 0 else (math.sin(t) / t) ** 2)


SincSquareModel = custom_model(sinc_square)


def make_sinc_square(params):
    return SincSquareModel(**params)


def fit_power(args):
    model, freqs = args
    return round(sum(model.evaluate(f) for f in freqs), 4)


if __name__ == "__main__":
    models = [make_sinc_square({"amplitude": a, "mean": 0.0, "width": 0.5}) for a in (1.0, 2.0, 3.0)]
    freqs = [i * 0.1 for i in range(20)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(fit_power, [(m, freqs) for m in models]))
