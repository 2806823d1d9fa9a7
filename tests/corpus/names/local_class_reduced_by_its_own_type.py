# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'custom_model.<locals>.FittableModel'
# summary: the same factory-made model class whose __reduce__ returns `type(self)` as the callable: pickling an instance names the local class, which pickle cannot find
import math
import multiprocessing


def custom_model(func):
    class FittableModel:
        def __init__(self, **params):
            self.params = params

        def evaluate(self, x):
            return func(x, **self.params)

        def __reduce__(self):
            return (type(self), (), {"params": dict(self.params)})

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
        print(pool.map(fit_power, [(m, freqs) for m in models]))  # [PKL002]
