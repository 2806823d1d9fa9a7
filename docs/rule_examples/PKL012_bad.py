# runtime: fork=ok spawn=ok forkserver=ok
# summary: runs, but the profile shows the parent waiting, not the work done in the workers
import cProfile
import multiprocessing


def busy(n):
    return sum(i * i for i in range(n))


def main():
    with multiprocessing.Pool(2) as pool:
        print(sum(pool.map(busy, [20_000] * 4)))


if __name__ == "__main__":
    cProfile.run("main()", sort="cumulative")
