# runtime: fork=ok spawn=ok forkserver=ok
# summary: a list of 100 floats per task is below the 1000-item threshold: not reported
import multiprocessing


def pick(index, values):
    return values[index]


if __name__ == "__main__":
    values = [float(i) for i in range(100)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(pick, [(i, values) for i in range(3)]))
