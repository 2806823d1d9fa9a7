# runtime: fork=ok spawn=ok forkserver=ok
# summary: loky copies local functions and functions defined under the __main__ guard by value
from joblib import Parallel, delayed


def run(offset):
    def shift(x):
        return x + offset

    return Parallel(n_jobs=2)(delayed(shift)(i) for i in range(3))


if __name__ == "__main__":

    def square(x):
        return x * x

    print(run(10), Parallel(n_jobs=2)([delayed(square)(2), delayed(square)(3)]))
