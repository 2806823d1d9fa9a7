# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: the article's example 2: a shared Array as a starmap argument moves to initargs
# fix: PKL006 Hand the Array
import multiprocessing


worker_shared_array = None


def init_worker(shared_array):
    global worker_shared_array
    worker_shared_array = shared_array


def fill(i):
    shared_array = worker_shared_array  # set in each worker process by init_worker
    shared_array[i] = i * i


if __name__ == "__main__":
    shared_array = multiprocessing.Array("d", 10)
    with multiprocessing.Pool(
        2, initializer=init_worker, initargs=(shared_array,)
    ) as pool:
        pool.starmap(fill, [(i,) for i in range(10)])
    print(list(shared_array))
