# runtime: fork=ok spawn=ok forkserver=ok
# summary: runs, but every one of the 200 tasks pickles all 50,000 floats again
import multiprocessing


def window_sum(start, data):
    return sum(data[start : start + 250])


if __name__ == "__main__":
    data = [float(i) for i in range(50_000)]
    with multiprocessing.Pool(2) as pool:
        sums = pool.starmap(window_sum, [(s, data) for s in range(0, 50_000, 250)])
    print(sum(sums))
