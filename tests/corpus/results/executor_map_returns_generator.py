# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: executor.map with a worker returning a generator fails when results are read
from concurrent.futures import ProcessPoolExecutor


def countdown(n):
    yield from range(n, 0, -1)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(countdown, [3])))  # [PKL007]
