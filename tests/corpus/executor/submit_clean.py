# runtime: fork=ok spawn=ok forkserver=ok
# summary: submit and map with module-level functions, partials and plain data work
import functools
from concurrent.futures import ProcessPoolExecutor


def power(x, exponent):
    return x**exponent


if __name__ == "__main__":
    cube = functools.partial(power, exponent=3)
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(power, 2, 5).result(timeout=10))
        print(list(executor.map(cube, range(4))))
