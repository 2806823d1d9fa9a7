# runtime: fork=ok spawn=ok forkserver=ok
# summary: `with cProfile.Profile():` around executor.map runs but only measures the parent waiting
import cProfile
import io
import pstats
from concurrent.futures import ProcessPoolExecutor


def cube(x):
    return x * x * x


if __name__ == "__main__":
    with cProfile.Profile() as profile:  # [PKL012]
        with ProcessPoolExecutor(2) as executor:
            print(list(executor.map(cube, range(4))))
    pstats.Stats(profile, stream=io.StringIO()).sort_stats("cumulative")
