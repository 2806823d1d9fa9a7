# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a worker returning a generator expression fails when the result is pickled back
import multiprocessing


def squares(n):
    return (i * i for i in range(n))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(squares, (3,)))  # [PKL007]
