# runtime: fork=error spawn=error forkserver=error
# error-contains: objects should only be shared between processes through inheritance
# summary: a shared Array bound with functools.partial reaches the workers through initargs instead
# fix: PKL006 Hand the
import multiprocessing


worker_array = None


def init_worker(array):
    global worker_array
    worker_array = array


def fill(index):
    array = worker_array  # set in each worker process by init_worker
    array[index] = index * index
    return index


if __name__ == "__main__":
    array = multiprocessing.Array("i", 4)
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(array,)) as pool:
        print(pool.map(fill, range(4)))
    print(list(array))
