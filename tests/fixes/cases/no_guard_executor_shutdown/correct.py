from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == "__main__":
    executor = ProcessPoolExecutor(max_workers=2)
    print(list(executor.map(square, range(4))))
    executor.shutdown()
