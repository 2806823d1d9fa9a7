# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'Profile' object
# summary: a cProfile.Profile object sent to a worker cannot be pickled
import cProfile
import multiprocessing


def describe(profile):
    return type(profile).__name__


if __name__ == "__main__":
    profile = cProfile.Profile()
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(describe, (profile,)))  # [PKL004]
