# runtime: fork=ok spawn=ok forkserver=ok
# summary: ints and floats mixed (a typed Array would change some types): not reported
import multiprocessing


def pick(index, values):
    return values[index]


if __name__ == "__main__":
    values = [1, 2.5] * 1_000
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(pick, [(i, values) for i in range(3)]))
