STEPS = {}


class Step:
    def __init__(self, func):
        self.func = func
        self.runs = 0

    def __call__(self, *args):
        self.runs += 1
        return self.func(*args)


def step(func):
    STEPS[func.__name__] = func
    return Step(func)
