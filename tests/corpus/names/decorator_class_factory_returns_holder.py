# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.count_gc
# summary: a class-based decorator factory (`@appify(...)`, whose instance's `__call__` returns `_AppWrapper(func, ...)`) binds the function's name to an app object that keeps the original; Pool.map of the app pickles that original by a name that now holds the app (cogent3 975)
import multiprocessing


class _AppWrapper:
    def __init__(self, func, input_type):
        self._user_function = func
        self.input_type = input_type

    def __call__(self, value):
        return self._user_function(value)


class appify:
    def __init__(self, input_type):
        self.input_type = input_type

    def __call__(self, func):
        return _AppWrapper(func, self.input_type)


@appify("sequence")
def count_gc(seq):
    return sum(base in "GC" for base in seq) / len(seq)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(count_gc, ["ACGTGC", "AAAT", "GGGC"]))  # [PKL014]
