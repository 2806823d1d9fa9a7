# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object
# summary: Pool.imap with a nested function fails when the results are consumed
import multiprocessing


def main():
    def double(x):
        return x * 2

    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(double, range(4))))  # [PKL002]


if __name__ == "__main__":
    main()
