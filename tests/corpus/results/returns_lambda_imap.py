# runtime: fork=error spawn=error forkserver=error
# error-contains: Error sending result
# summary: a worker returning a lambda fails when imap's results are consumed
import multiprocessing


def make_adder(n):
    return lambda x: x + n


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(list(pool.imap(make_adder, range(2))))  # [PKL007]
