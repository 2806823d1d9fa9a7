# runtime: fork=ok spawn=ok forkserver=ok
# summary: every Pool method with a module-level function and plain data works
import multiprocessing


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(4)))
        print(list(pool.imap(square, range(3))))
        print(sorted(pool.imap_unordered(square, range(3))))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(pool.apply(add, (5, 6)))
        print(pool.apply_async(square, (7,)).get(timeout=10))
        print(pool.map_async(square, [8]).get(timeout=10))
        print(pool.starmap_async(add, [(9, 1)]).get(timeout=10))
