# runtime: fork=ok spawn=ok forkserver=ok
# summary: profiling inside the worker function measures the worker itself: nothing to report
import cProfile
import io
import multiprocessing
import pstats


def square_profiled(x):
    profile = cProfile.Profile()
    profile.enable()
    result = x * x
    profile.disable()
    pstats.Stats(profile, stream=io.StringIO())
    return result


def cube_profiled(x):
    with cProfile.Profile():
        return x * x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square_profiled, range(4)))
        print(pool.map(cube_profiled, range(4)))
