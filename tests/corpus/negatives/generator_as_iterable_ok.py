# runtime: fork=ok spawn=ok forkserver=ok
# summary: a generator given as the iterable is consumed in the parent; only its items are pickled
from concurrent.futures import ProcessPoolExecutor
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, (n for n in range(4))))
        print(list(pool.imap(square, (n for n in range(3)))))
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(square, (n for n in range(3)))))
