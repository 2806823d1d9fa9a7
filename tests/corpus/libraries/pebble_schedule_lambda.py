# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: pebble's ProcessPool.schedule sends its function through a pipe to the workers: a lambda fails to pickle even with forked workers
from pebble import ProcessPool

if __name__ == "__main__":
    with ProcessPool(max_workers=2) as pool:
        future = pool.schedule(lambda x: x * 2, args=[3])  # [PKL001]
        print(future.result(timeout=10))
