# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a @concurrent.process function returns a generator, pickled back to the parent under every start method
from pebble import concurrent


@concurrent.process(timeout=20)
def numbers(n):
    return (i for i in range(n))


if __name__ == "__main__":
    print(list(numbers(3).result(timeout=20)))  # [PKL007]
