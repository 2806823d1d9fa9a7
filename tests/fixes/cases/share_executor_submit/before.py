# runtime: fork=ok spawn=ok forkserver=ok
# summary: 3,000 prices submitted with every executor task reach the workers once via initargs
# fix: PKL013 Share `prices`
from concurrent.futures import ProcessPoolExecutor


def above(prices, threshold):
    return threshold, len([p for p in prices if p > threshold]), prices[-1]


if __name__ == "__main__":
    prices = [float(n % 250) for n in range(3_000)]
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(above, prices, t) for t in (10, 100, 200)]
        for future in futures:
            print(future.result())
