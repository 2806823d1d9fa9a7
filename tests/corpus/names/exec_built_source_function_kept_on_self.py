# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup evaluate on
# summary: an evaluator turns an expression into Python source, exec()s it into a fresh dict and keeps `compiled["evaluate"]` on self; Pool.map of the evaluator pickles that function, which no module holds (PyBaMM 1283)
import math
import multiprocessing


class Evaluator:
    def __init__(self, expression):
        self._source = "def evaluate(t, y):\n    return %s\n" % expression
        compiled = {}
        exec(self._source, {"__name__": __name__, "math": math}, compiled)
        self._evaluate = compiled["evaluate"]

    def __call__(self, t):
        return self._evaluate(t, 2.0)


if __name__ == "__main__":
    evaluator = Evaluator("math.sin(t) * y")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(evaluator, [0.0, 0.5, 1.0]))  # [PKL005]
