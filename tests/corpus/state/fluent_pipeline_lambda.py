# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup <lambda> on __main__ failed
# summary: a fluent builder (each then() appends a step to self.steps and returns self) given a lambda; the built pipeline is the pool's function
import multiprocessing


class Pipeline:
    def __init__(self):
        self.steps = []

    def then(self, step):
        self.steps.append(step)
        return self

    def __call__(self, value):
        for step in self.steps:
            value = step(value)
        return value


if __name__ == "__main__":
    pipeline = Pipeline().then(abs).then(lambda value: value + 1).then(str)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(pipeline, [-2, 3]))  # [PKL005]
