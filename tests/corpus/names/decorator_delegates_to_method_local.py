# runtime: fork=error spawn=error forkserver=error
# error-contains: TimeStamper.wrap_function.<locals>.f
# summary: a profiling decorator hands the function to a method of a module-level instance, which returns its local closure; the module name now holds that closure, which a Pool cannot pickle
import time
from multiprocessing import Pool


class TimeStamper:
    def __init__(self):
        self.timings = {}

    def wrap_function(self, func):
        def f(*args, **kwargs):
            start = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                self.timings.setdefault(func.__name__, []).append(time.perf_counter() - start)

        return f


_stamper = TimeStamper()


def profile(func):
    return _stamper.wrap_function(func)


@profile
def simulate(seed):
    return (seed * 31 + 7) % 1009


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(simulate, range(4)))  # [PKL002]
