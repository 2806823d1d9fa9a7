# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an open file in executor initargs fails under spawn
import os
from concurrent.futures import ProcessPoolExecutor


def setup(stream):
    global STREAM
    STREAM = stream


def square(x):
    return x * x


if __name__ == "__main__":
    with open(os.devnull, "w") as stream:
        with ProcessPoolExecutor(2, initializer=setup, initargs=(stream,)) as executor:  # [PKL004]
            print(list(executor.map(square, range(3))))
