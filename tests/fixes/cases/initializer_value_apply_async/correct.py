import multiprocessing

total = None


def remember(counter):
    global total
    total = counter


def add(amount):
    with total.get_lock():
        total.value += amount


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(2, initializer=remember, initargs=(counter,)) as pool:
        results = [pool.apply_async(add, (n,)) for n in range(1, 5)]
        for result in results:
            result.get(timeout=10)
    print(counter.value)
