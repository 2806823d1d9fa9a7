# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.greet
# summary: the decorator returns a WrappedFunction instance keeping the original function; pickling it pickles that function by name, which now finds the wrapper (ensure's @ensure_annotations)
from multiprocessing import Pool


class WrappedFunction:
    def __init__(self, f):
        self.f = f
        self.__name__ = f.__name__

    def __call__(self, *args, **kwargs):
        return self.f(*args, **kwargs)


def ensure_annotations(f):
    return WrappedFunction(f)


@ensure_annotations
def greet(name):
    return f"Hello {name}!"


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        print(pool.map(greet, ["map"]))  # [PKL014]
