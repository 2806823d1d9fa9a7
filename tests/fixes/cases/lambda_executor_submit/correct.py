from concurrent.futures import ProcessPoolExecutor


def add(a, b):
    return a + b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(add, 2, 3)
        print(future.result())
