# runtime: fork=ok spawn=ok forkserver=ok
# summary: 4,000 weights passed to every apply_async call of a loop are shared once via initargs
# fix: PKL013 Share `weights`
import multiprocessing


worker_weights = None


def init_worker(weights):
    global worker_weights
    worker_weights = weights


def score(row):
    """Weighted sum of one row."""
    weights = worker_weights  # set in each worker process by init_worker
    return row, sum(w * (row + i) for i, w in enumerate(weights))


def main():
    weights = [0.25] * 4_000
    weights_shared = multiprocessing.Array("d", weights, lock=False)
    pool = multiprocessing.Pool(2, initializer=init_worker, initargs=(weights_shared,))
    pending = []
    for row in range(6):
        pending.append(pool.apply_async(score, (row,)))
    print([p.get(timeout=30) for p in pending])
    pool.close()
    pool.join()


if __name__ == "__main__":
    main()
