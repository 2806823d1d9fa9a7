# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: a function defined inside another function has no importable name
import multiprocessing


def scale_all(values, factor):
    def scale(n):
        return n * factor

    with multiprocessing.Pool(2) as pool:
        return pool.map(scale, values)


if __name__ == "__main__":
    print(scale_all([1, 2, 3], 10))
