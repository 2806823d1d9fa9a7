# runtime: fork=ok spawn=ok forkserver=ok
# summary: the combine step tries a Pool and, when `pickle.PicklingError` (or the AttributeError of a lambda) is raised, falls back to a serial loop, so the lambdas in the preprocessing list never break the run (pyVisOS 42)
import multiprocessing
import pickle
from functools import partial


def preprocess_all(value, steps):
    for step in steps:
        value = step(value)
    return value


def combine(values, steps):
    task = partial(preprocess_all, steps=steps)
    try:
        with multiprocessing.Pool(2) as pool:
            return pool.map(task, values)
    except (pickle.PicklingError, AttributeError) as error:
        print("parallel combine failed (%s); combining serially" % type(error).__name__)
        return [task(value) for value in values]


if __name__ == "__main__":
    print(combine([1, 2, 3], [lambda v: v * 2, lambda v: v + 1]))
