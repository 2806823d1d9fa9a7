# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a generator returned by a loky worker cannot be pickled back to the parent
from joblib.externals.loky import get_reusable_executor


def chunks(n):
    return (i for i in range(n))


if __name__ == "__main__":
    print(get_reusable_executor(max_workers=1).submit(chunks, 3).result())  # [PKL007]
