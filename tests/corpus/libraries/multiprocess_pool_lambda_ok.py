# runtime: fork=ok spawn=ok forkserver=ok
# summary: multiprocess pickles with dill, which copies lambdas and local functions by value
import multiprocess


def run():
    def halve(x):
        return x / 2

    with multiprocess.Pool(2) as pool:
        return pool.map(lambda x: x * 2, range(3)), pool.map(halve, [2, 4])


if __name__ == "__main__":
    print(*run())
