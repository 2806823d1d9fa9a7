# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: a generator passed as a keyword argument to executor.submit fails
from concurrent.futures import ProcessPoolExecutor


def total(data=()):
    return sum(data)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        print(executor.submit(total, data=(i for i in range(3))).result(timeout=10))  # [PKL004]
