# runtime: fork=ok spawn=ok forkserver=ok
# summary: each task gets its own list of 2,000 numbers, not the same one: not reported
import multiprocessing


def total(values):
    return sum(values)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        results = []
        for k in range(3):
            chunk = [float(k * i) for i in range(2_000)]
            results.append(pool.apply_async(total, (chunk,)))
        print([r.get(timeout=30) for r in results])
