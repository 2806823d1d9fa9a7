# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: mp_context=get_context("spawn") forces spawn, so a lambda initializer fails everywhere
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=context, initializer=lambda: None) as executor:  # [PKL001]
        print(list(executor.map(square, range(3))))
