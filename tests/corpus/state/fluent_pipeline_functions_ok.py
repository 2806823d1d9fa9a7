# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same fluent builder given only importable functions: the pipeline pickles with its steps
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


def increment(value):
    return value + 1


if __name__ == "__main__":
    pipeline = Pipeline().then(abs).then(increment).then(str)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(pipeline, [-2, 3]))
