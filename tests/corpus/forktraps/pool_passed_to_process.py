# runtime: fork=hang spawn=error forkserver=error
# error-contains: pool objects cannot be passed between processes or pickled
# summary: a Pool handed to a Process cannot be pickled under spawn/forkserver, and under fork the child's inherited copy hangs
import multiprocessing


def square(x):
    return x * x


def use(pool):
    print(pool.map(square, range(3)))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        child = multiprocessing.Process(target=use, args=(pool,))  # [PKL011]
        child.start()
        child.join()
        print("exit", child.exitcode)
