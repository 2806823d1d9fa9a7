# runtime: fork=ok spawn=ok forkserver=ok
# summary: cProfile.run around pool.map works but only measures the parent waiting
import cProfile
import io
import multiprocessing
import pstats


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        profile = cProfile.Profile()
        profile.enable()  # [PKL012]
        print(pool.map(square, range(4)))
        profile.disable()
    pstats.Stats(profile, stream=io.StringIO()).sort_stats("cumulative")
