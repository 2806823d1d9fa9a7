# runtime: fork=ok spawn=ok forkserver=ok
# summary: 3,000 prices submitted with every executor task reach the workers once via initargs
# fix: PKL013 Share `prices`
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


worker_prices = None


def init_worker(prices):
    global worker_prices
    worker_prices = prices


def above(threshold):
    prices = worker_prices  # set in each worker process by init_worker
    return threshold, len([p for p in prices if p > threshold]), prices[-1]


if __name__ == "__main__":
    prices = [float(n % 250) for n in range(3_000)]
    prices_shared = multiprocessing.Array("d", prices, lock=False)
    with ProcessPoolExecutor(
        max_workers=2, initializer=init_worker, initargs=(prices_shared,)
    ) as executor:
        futures = [executor.submit(above, t) for t in (10, 100, 200)]
        for future in futures:
            print(future.result())
