import multiprocessing


def total():
    return sum(range(10))


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        result = pool.apply_async(total)
        print(result.get(timeout=10))
