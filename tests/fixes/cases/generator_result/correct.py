from concurrent.futures import ProcessPoolExecutor


def evens(limit):
    return list(range(0, limit, 2))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        print([list(found) for found in executor.map(evens, [4, 7])])
