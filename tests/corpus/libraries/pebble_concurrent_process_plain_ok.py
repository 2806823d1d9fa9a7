# runtime: fork=ok spawn=ok forkserver=ok
# summary: the @concurrent.process function takes a number and returns a list: both pickle
from pebble import concurrent


@concurrent.process(timeout=20)
def numbers(n):
    return [i for i in range(n)]


if __name__ == "__main__":
    print(numbers(3).result(timeout=20))
