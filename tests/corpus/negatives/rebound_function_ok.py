# runtime: fork=ok spawn=ok forkserver=ok
# summary: a name first bound to a lambda is rebound to a module-level function before the call
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    func = lambda x: x  # noqa: E731
    print(func(1))
    func = square
    with multiprocessing.Pool(2) as pool:
        print(pool.map(func, range(3)))
