# runtime: fork=ok spawn=ok forkserver=ok
# summary: 20,000 floats in every starmap task tuple become one shared Array given via initargs
# fix: PKL013 Share `samples`
import multiprocessing


def window_mean(start, samples):
    window = samples[start : start + 500]
    return round(sum(window) / len(window), 3)


if __name__ == "__main__":
    samples = [float(i) * 0.5 for i in range(20_000)]
    with multiprocessing.Pool(2) as pool:
        means = pool.starmap(window_mean, [(s, samples) for s in range(0, 20_000, 500)])
    print(means[:3], means[-1], len(means))
