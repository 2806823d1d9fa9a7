# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: appending an open file to a Manager list fails
import multiprocessing
import os

if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        items = manager.list()
        with open(os.devnull) as stream:
            items.append(stream)  # [PKL004]
        print(len(items))
