import multiprocessing

shared = None


def attach(samples):
    global shared
    shared = samples


def window_mean(start):
    window = shared[start : start + 500]
    return round(sum(window) / len(window), 3)


if __name__ == "__main__":
    samples = [float(i) * 0.5 for i in range(20_000)]
    array = multiprocessing.Array("d", samples, lock=False)
    with multiprocessing.Pool(2, initializer=attach, initargs=(array,)) as pool:
        means = pool.map(window_mean, range(0, 20_000, 500))
    print(means[:3], means[-1], len(means))
