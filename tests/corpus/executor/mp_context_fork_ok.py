# runtime: fork=ok spawn=ok forkserver=ok
# summary: mp_context=get_context("fork") never pickles the initializer, so a lambda is fine
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(2, mp_context=context, initializer=lambda: None) as executor:
        print(list(executor.map(square, range(3))))
