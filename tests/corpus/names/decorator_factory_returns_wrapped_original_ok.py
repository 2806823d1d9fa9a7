# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: a decorator factory's inner decorator records retries on the function and returns the function itself; submitting it pickles the module-level function by name
from concurrent.futures import ProcessPoolExecutor

RETRIES = {}


def job(retries=0):
    def register(func):
        RETRIES[func.__name__] = retries
        return func

    return register


@job(retries=2)
def build_index(name):
    return f"index {name}"


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        print(pool.submit(build_index, "docs").result())
