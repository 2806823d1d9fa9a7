# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: functools.partial of a lambda is still a lambda underneath
import functools
import multiprocessing

if __name__ == "__main__":
    scale = functools.partial(lambda factor, x: factor * x, 3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(scale, range(3)))  # [PKL001]
