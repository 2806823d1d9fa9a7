import multiprocessing


def double(x):
    return x * 2


def increment(x):
    return x + 1


def negate(x):
    return -x


def run(numbers):
    with multiprocessing.Pool(2) as pool:
        doubled = pool.map(double, numbers)
        return pool.map(increment, doubled)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(negate, run([1, 2, 3])))
