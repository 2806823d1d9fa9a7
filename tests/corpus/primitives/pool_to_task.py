# runtime: fork=error spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a Pool passed to its own task cannot be pickled
import multiprocessing


def nested(pool, x):
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(nested, (pool, 1)))  # [PKL011]
