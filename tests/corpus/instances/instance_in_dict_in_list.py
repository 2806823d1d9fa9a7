# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: an instance holding a file, inside a list inside a dict, poisons the whole argument
import multiprocessing
import os


class Job:
    def __init__(self):
        self.log = open(os.devnull, "w")


def count(batch):
    return len(batch["jobs"])


if __name__ == "__main__":
    batch = {"jobs": [Job(), Job()]}
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(count, (batch,)))  # [PKL005]
