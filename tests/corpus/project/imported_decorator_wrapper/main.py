# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'timed.<locals>.wrapper'
# summary: a worker decorated in a sibling module by a decorator of a third module that returns its local wrapper (no functools.wraps)
import multiprocessing

from idw_tasks import square

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, [1, 2]))  # [PKL002]
