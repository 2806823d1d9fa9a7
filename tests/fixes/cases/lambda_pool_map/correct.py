import multiprocessing


def double(x):
    return x * 2


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, range(5)))
