# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: ProcessPoolExecutor.submit pickles the callable; a two-argument lambda is lifted
# fix: PKL001 Lift the lambda
from concurrent.futures import ProcessPoolExecutor


def a_plus_b(a, b):
    return a + b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(a_plus_b, 2, 3)
        print(future.result())
