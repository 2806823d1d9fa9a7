# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same evaluator keeps only the formula's text and compiles it lazily in each worker (a cached code object dropped by __getstate__), so the pickled object holds strings only
import math
from multiprocessing import Pool


class Formula:
    def __init__(self, text):
        self.text = text
        self._code = None

    def __getstate__(self):
        return {"text": self.text, "_code": None}

    def evaluate(self, x):
        if self._code is None:
            self._code = compile(self.text, "<formula>", "eval")
        return eval(self._code, {"math": math, "x": x})


if __name__ == "__main__":
    formula = Formula("math.sqrt(x) * 2")
    with Pool(2) as pool:
        print(pool.map(formula.evaluate, [1, 4, 9]))
