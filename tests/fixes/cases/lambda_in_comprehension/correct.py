import multiprocessing


def square(i):
    return i * i


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(square, (i,)) for i in range(4)]
        print([result.get(timeout=10) for result in results])
