import multiprocessing
from concurrent.futures import ProcessPoolExecutor

shared_prices = None


def attach(prices):
    global shared_prices
    shared_prices = prices


def above(threshold):
    return threshold, len([p for p in shared_prices if p > threshold]), shared_prices[-1]


if __name__ == "__main__":
    prices = [float(n % 250) for n in range(3_000)]
    array = multiprocessing.Array("d", prices, lock=False)
    with ProcessPoolExecutor(max_workers=2, initializer=attach, initargs=(array,)) as executor:
        futures = [executor.submit(above, t) for t in (10, 100, 200)]
        for future in futures:
            print(future.result())
