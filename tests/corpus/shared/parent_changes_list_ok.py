# runtime: fork=ok spawn=ok forkserver=ok
# summary: the parent changes the list between submissions, so tasks see different data: not reported
import multiprocessing


def total(values, k):
    return k, sum(values)


if __name__ == "__main__":
    values = [1.0] * 2_000
    with multiprocessing.Pool(2) as pool:
        results = []
        for k in range(3):
            values[k] = 10.0
            results.append(pool.apply_async(total, (values, k)))
        print([r.get(timeout=30) for r in results])
