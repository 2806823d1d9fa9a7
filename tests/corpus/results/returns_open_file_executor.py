# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an executor worker returning an open file raises on future.result()
import os
from concurrent.futures import ProcessPoolExecutor


def open_null(_):
    return open(os.devnull)


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(open_null, 0)  # [PKL007]
        print(future.result())
