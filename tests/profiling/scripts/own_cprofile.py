"""The pattern PKL012 points at: the script profiles its own Pool.map with cProfile."""

import cProfile
import multiprocessing
import pstats
import sys


def work_under_own_profiler(number):
    return sum(range(number * 1000))


if __name__ == "__main__":
    with multiprocessing.get_context(sys.argv[1]).Pool(2) as pool:
        profiler = cProfile.Profile()
        profiler.enable()
        result = pool.map(work_under_own_profiler, range(6))
        profiler.disable()
    print(result)
    functions = {name for _file, _line, name in pstats.Stats(profiler).stats}
    print("own profile saw map:", "map" in functions)
