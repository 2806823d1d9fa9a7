# runtime: fork=ok spawn=ok forkserver=ok
# summary: a list of 5,000 strings is not numeric data for a typed Array: not reported
import multiprocessing


def pick(index, words):
    return words[index]


if __name__ == "__main__":
    words = [str(i) for i in range(5_000)]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(pick, [(i, words) for i in range(3)]))
