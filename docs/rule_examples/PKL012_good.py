# runtime: fork=ok spawn=ok forkserver=ok
# summary: no profiler in the code; run `picklecheck profile PKL012_good.py` to see every process
import multiprocessing


def busy(n):
    return sum(i * i for i in range(n))


def main():
    with multiprocessing.Pool(2) as pool:
        print(sum(pool.map(busy, [20_000] * 4)))


if __name__ == "__main__":
    main()
