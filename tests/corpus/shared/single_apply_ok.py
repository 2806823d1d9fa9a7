# runtime: fork=ok spawn=ok forkserver=ok
# summary: one apply call with a big list sends it once, not with every task: not reported
import multiprocessing


def total(values):
    return sum(values)


if __name__ == "__main__":
    values = list(range(10_000))
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(total, (values,)))
