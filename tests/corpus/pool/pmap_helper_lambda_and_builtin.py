# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'main.<locals>.<lambda>'
# summary: a helper pmap(f, xs) runs pool.map(f, xs); it is called once with a lambda closing over a local and once with abs (morloc 26)
import multiprocessing


def pmap(f, xs):
    with multiprocessing.Pool(2) as pool:
        return pool.map(f, xs)  # [PKL001]


def main():
    offset = 10
    print(pmap(abs, [-1, 2, -3]))
    print(pmap(lambda x: x + offset, [1, 2, 3]))


if __name__ == "__main__":
    main()
