from concurrent.futures import ProcessPoolExecutor

LIMIT = 5


def count(n):
    return sum(range(n))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(count, range(LIMIT))))
