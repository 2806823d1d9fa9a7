# runtime: fork=ok spawn=ok forkserver=ok
# summary: a lambda used only in the parent (sort key) next to a pool call is not sent
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    key = lambda value: -value  # noqa: E731
    with multiprocessing.Pool(2) as pool:
        print(sorted(pool.map(square, range(4)), key=key))
