# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper pmap(f, xs) runs pool.map(f, xs); both calls pass module-level functions
import multiprocessing


def pmap(f, xs):
    with multiprocessing.Pool(2) as pool:
        return pool.map(f, xs)


def add_ten(x):
    return x + 10


def main():
    print(pmap(abs, [-1, 2, -3]))
    print(pmap(add_ten, [1, 2, 3]))


if __name__ == "__main__":
    main()
