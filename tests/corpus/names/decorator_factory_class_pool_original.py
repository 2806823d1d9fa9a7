# runtime: fork=error spawn=error forkserver=error
# error-contains: it's not the same object as __main__.word_count
# summary: a decorator factory builds a class that maps the wrapped function over a pool (pool.map(self.func, ...)); the pool pickles the original function by the name the decorator instance now holds, under every start method
import multiprocessing


def parallel(processes=2):
    class ParallelMap:
        def __init__(self, func):
            self.func = func

        def __call__(self, items):
            with multiprocessing.Pool(processes) as pool:
                return pool.map(self.func, items)  # [PKL014]

    return ParallelMap


@parallel(processes=2)
def word_count(text):
    return len(text.split())


if __name__ == "__main__":
    print(word_count(["a b", "c d e"]))
