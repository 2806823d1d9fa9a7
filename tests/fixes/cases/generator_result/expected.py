# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a worker returning a generator expression returns a list instead; the parent iterates it alike
# fix: PKL007 Return a list instead of a generator
from concurrent.futures import ProcessPoolExecutor


def evens(limit):
    return [n for n in range(limit) if n % 2 == 0]


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print([list(found) for found in executor.map(evens, [4, 7])])
