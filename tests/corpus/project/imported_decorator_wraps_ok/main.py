# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same imported decorator with functools.wraps: pickle finds the wrapper by the worker's name (negative of imported_decorator_wrapper)
import multiprocessing

from idwo_tasks import square

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, [1, 2]))
