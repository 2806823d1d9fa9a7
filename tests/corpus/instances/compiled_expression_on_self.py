# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle code objects
# summary: a formula evaluator compiles its expression in __init__ (a code object on self); pool.map(evaluator.evaluate, ...) pickles the bound method with the evaluator under every start method
import math
from multiprocessing import Pool


class Formula:
    def __init__(self, text):
        self.text = text
        self.code = compile(text, "<formula>", "eval")

    def evaluate(self, x):
        return eval(self.code, {"math": math, "x": x})


if __name__ == "__main__":
    formula = Formula("math.sqrt(x) * 2")
    with Pool(2) as pool:
        print(pool.map(formula.evaluate, [1, 4, 9]))  # [PKL009]
