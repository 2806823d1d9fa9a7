# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: lambdas as executor.map items (not the function) are pickled too
from concurrent.futures import ProcessPoolExecutor


def call(func):
    return func()


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(call, [lambda: 1, lambda: 2])))  # [PKL001]
