# runtime: fork=ok spawn=ok forkserver=ok
# summary: the evaluator keeps the exec'd function but drops it in `__getstate__` and exec()s its source again in `__setstate__`, so Pool.map pickles only the source text
import math
import multiprocessing


class Evaluator:
    def __init__(self, expression):
        self._source = "def evaluate(t, y):\n    return %s\n" % expression
        self._compile()

    def _compile(self):
        compiled = {}
        exec(self._source, {"__name__": __name__, "math": math}, compiled)
        self._evaluate = compiled["evaluate"]

    def __getstate__(self):
        return {"_source": self._source}

    def __setstate__(self, state):
        self._source = state["_source"]
        self._compile()

    def __call__(self, t):
        return self._evaluate(t, 2.0)


if __name__ == "__main__":
    evaluator = Evaluator("math.sin(t) * y")
    with multiprocessing.Pool(2) as pool:
        print(pool.map(evaluator, [0.0, 0.5, 1.0]))
