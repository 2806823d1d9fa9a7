# runtime: fork=error spawn=error forkserver=error
# error-contains: Synchronized objects should only be shared between processes through inheritance
# summary: a shared Value given to apply_async reaches the workers through initargs instead
# fix: PKL006 Hand the
import multiprocessing


def add(counter, amount):
    with counter.get_lock():
        counter.value += amount


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(add, (counter, n)) for n in range(1, 5)]
        for result in results:
            result.get(timeout=10)
    print(counter.value)
