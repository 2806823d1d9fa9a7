# runtime: fork=error spawn=error forkserver=error
# error-contains: Synchronized objects should only be shared between processes through inheritance
# summary: a shared Value given to apply_async reaches the workers through initargs instead
# fix: PKL006 Hand the
import multiprocessing


worker_counter = None


def init_worker(counter):
    global worker_counter
    worker_counter = counter


def add(amount):
    counter = worker_counter  # set in each worker process by init_worker
    with counter.get_lock():
        counter.value += amount


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(2, initializer=init_worker, initargs=(counter,)) as pool:
        results = [pool.apply_async(add, (n,)) for n in range(1, 5)]
        for result in results:
            result.get(timeout=10)
    print(counter.value)
