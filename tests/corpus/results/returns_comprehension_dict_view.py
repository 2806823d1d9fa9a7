# runtime: fork=error spawn=error forkserver=error
# error-contains: dict_keys
# summary: a worker returns the keys view of a dict it built with a comprehension: the view cannot travel back
import multiprocessing


def seen_ids(count):
    return {number: str(number) for number in range(count)}.keys()


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(seen_ids, [1, 2]))  # [PKL007]
