# runtime: fork=ok spawn=ok forkserver=ok
# summary: 4,000 weights passed to every apply_async call of a loop are shared once via initargs
# fix: PKL013 Share `weights`
import multiprocessing


def score(row, weights):
    """Weighted sum of one row."""
    return row, sum(w * (row + i) for i, w in enumerate(weights))


def main():
    weights = [0.25] * 4_000
    pool = multiprocessing.Pool(2)
    pending = []
    for row in range(6):
        pending.append(pool.apply_async(score, (row, weights)))
    print([p.get(timeout=30) for p in pending])
    pool.close()
    pool.join()


if __name__ == "__main__":
    main()
