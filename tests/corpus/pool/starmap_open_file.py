# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: Pool.starmap with an open file inside the argument tuples fails
import multiprocessing
import os


def write(i, stream):
    return i


if __name__ == "__main__":
    with open(os.devnull, "w") as stream:
        with multiprocessing.Pool(2) as pool:
            print(pool.starmap(write, [(i, stream) for i in range(3)]))  # [PKL004]
