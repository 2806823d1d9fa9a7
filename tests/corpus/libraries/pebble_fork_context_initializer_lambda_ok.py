# runtime: fork=ok spawn=ok forkserver=ok
# summary: pebble's ProcessPool pinned to the fork context: its lambda initializer is inherited by forked workers, never pickled
import multiprocessing

from pebble import ProcessPool


def square(x):
    return x * x


if __name__ == "__main__":
    context = multiprocessing.get_context("fork")
    with ProcessPool(max_workers=1, initializer=lambda: None, context=context) as pool:
        print(pool.schedule(square, args=[7]).result(timeout=20))
