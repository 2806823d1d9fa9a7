import multiprocessing


def product(a, b=1):
    return a * b


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(product, [(1, 2), (3, 4), (5,)]))
