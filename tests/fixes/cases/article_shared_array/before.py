# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: the article's example 2: a shared Array as a starmap argument moves to initargs
# fix: PKL006 Hand the Array
import multiprocessing


def fill(i, shared_array):
    shared_array[i] = i * i


if __name__ == "__main__":
    shared_array = multiprocessing.Array("d", 10)
    with multiprocessing.Pool(2) as pool:
        pool.starmap(fill, [(i, shared_array) for i in range(10)])
    print(list(shared_array))
