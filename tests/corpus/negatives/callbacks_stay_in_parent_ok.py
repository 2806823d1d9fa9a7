# runtime: fork=ok spawn=ok forkserver=ok
# summary: apply_async callbacks and future done-callbacks run in the parent and are never pickled
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


if __name__ == "__main__":
    lock = threading.Lock()
    results = []

    def keep(value):
        with lock:
            results.append(value)

    with multiprocessing.Pool(2) as pool:
        pool.apply_async(square, (3,), callback=keep, error_callback=lambda e: None).get(timeout=10)
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(square, 4)
        future.add_done_callback(lambda done: keep(done.result()))
        future.result(timeout=10)
    print(sorted(results))
