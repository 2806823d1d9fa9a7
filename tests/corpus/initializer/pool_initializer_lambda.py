# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: Pool(initializer=lambda) only breaks when worker processes are spawned
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=lambda: None) as pool:  # [PKL001]
        print(pool.map(square, range(3)))
