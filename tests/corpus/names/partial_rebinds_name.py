# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.score
# summary: score = functools.partial(score, ...) rebinds the name; the partial pickles the original function by its name, which now means the partial
import functools
import multiprocessing


def score(value, weight):
    return value * weight


score = functools.partial(score, weight=2)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(score, [1, 2, 3]))  # [PKL014]
