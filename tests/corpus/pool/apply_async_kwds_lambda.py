# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <function <lambda>
# summary: a lambda inside apply_async's kwds dict is pickled with the task
import multiprocessing


def call(key=None):
    return key(2)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply_async(call, kwds={"key": lambda x: x * 3}).get(timeout=10))  # [PKL001]
