# runtime: fork=ok spawn=ok forkserver=ok
# summary: the checking decorator's object keeps only the function's name and finds the function in a registry filled before decoration, so Pool.map pickles an object of strings and tuples
from multiprocessing import Pool

_FUNCTIONS = {}


class CheckedCall:
    def __init__(self, checks, name):
        self.checks = checks
        self.name = name

    def __call__(self, *args):
        for (label, kind), value in zip(self.checks, args):
            if not isinstance(value, kind):
                raise TypeError(f"{label} must be {kind.__name__}")
        return _FUNCTIONS[self.name](*args)


def ensure_annotations(f):
    _FUNCTIONS[f.__name__] = f
    checks = [(name, kind) for name, kind in f.__annotations__.items() if name != "return"]
    return CheckedCall(checks, f.__name__)


@ensure_annotations
def greet(name: str):
    return f"hello {name}"


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        print(pool.map(greet, ["map"]))
