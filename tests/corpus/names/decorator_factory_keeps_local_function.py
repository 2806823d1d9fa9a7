# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'build.<locals>.scale'
# summary: a local function under a decorator factory that returns it as it is or keeps it as `Step(func=...)`; the name holds a Step instance whose attribute is the local function, which Pool.map pickles with every task
import multiprocessing


class Step:
    def __init__(self, func=None, name=""):
        self.func = func
        self.name = name

    def __call__(self, value):
        return self.func(value)


def step(name):
    def decorator(obj):
        if isinstance(obj, Step):
            obj.name = name
            return obj
        return Step(func=obj, name=name)

    return decorator


def build(factor):
    @step("scale")
    def scale(value):
        return value * factor

    return scale


if __name__ == "__main__":
    scaler = build(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scaler, [1, 2, 3]))  # [PKL002]
