# runtime: fork=error spawn=error forkserver=error
# error-contains: objects should only be shared between processes through inheritance
# summary: a shared Array bound with functools.partial reaches the workers through initargs instead
# fix: PKL006 Hand the
import functools
import multiprocessing


def fill(array, index):
    array[index] = index * index
    return index


if __name__ == "__main__":
    array = multiprocessing.Array("i", 4)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(functools.partial(fill, array), range(4)))
    print(list(array))
