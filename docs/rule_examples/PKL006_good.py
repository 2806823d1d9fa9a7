# runtime: fork=ok spawn=ok forkserver=ok
# summary: the Array goes to each worker once, through the pool initializer
import multiprocessing

shared = None


def attach(shared_array):
    global shared
    shared = shared_array


def fill(i):
    shared[i] = i * i


if __name__ == "__main__":
    shared_array = multiprocessing.Array("d", 10)
    with multiprocessing.Pool(2, initializer=attach, initargs=(shared_array,)) as pool:
        pool.map(fill, range(10))
    print(list(shared_array))
