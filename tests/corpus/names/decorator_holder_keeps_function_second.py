# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.greet
# summary: a checking decorator returns WrappedFunction(checks, f), an object that keeps the original function as its second argument; Pool.map pickles the object, and with it the original function by the name the object now holds (the ensure package, issue 29)
from functools import update_wrapper
from multiprocessing import Pool


class WrappedFunction:
    def __init__(self, checks, f):
        self.checks = checks
        self.f = f
        update_wrapper(self, f)

    def __call__(self, *args):
        for (name, kind), value in zip(self.checks, args):
            if not isinstance(value, kind):
                raise TypeError(f"{name} must be {kind.__name__}")
        return self.f(*args)


def ensure_annotations(f):
    checks = [(name, kind) for name, kind in f.__annotations__.items() if name != "return"]
    return WrappedFunction(checks, f)


@ensure_annotations
def greet(name: str):
    return f"hello {name}"


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        print(pool.map(greet, ["map"]))  # [PKL014]
