# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: multiprocessing.pool.Pool used directly is the same sink as multiprocessing.Pool
import multiprocessing.pool


def main():
    def double(x):
        return x * 2

    with multiprocessing.pool.Pool(2) as workers:
        print(workers.map(double, range(3)))  # [PKL002]


if __name__ == "__main__":
    main()
