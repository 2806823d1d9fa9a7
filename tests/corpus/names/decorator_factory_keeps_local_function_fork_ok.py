# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same Step instance keeping a local function, run as the target of a Process of an explicit fork context: the child is a copy of the parent and nothing is pickled
import multiprocessing


class Step:
    def __init__(self, func=None, name=""):
        self.func = func
        self.name = name

    def __call__(self, value):
        print(self.name, self.func(value))


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
    worker = multiprocessing.get_context("fork").Process(target=build(3), args=(2,))
    worker.start()
    worker.join()
    print(worker.exitcode)
