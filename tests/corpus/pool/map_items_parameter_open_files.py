# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a helper maps over its `logs` parameter; its only caller passes a list of open files, so each task item is an open file
import multiprocessing
import os


def record(log):
    log.write("started\n")
    return log.name


def record_all(logs):
    with multiprocessing.Pool(2) as pool:
        return pool.map(record, logs)  # [PKL004]


if __name__ == "__main__":
    with open(os.devnull, "a") as first, open(os.devnull, "a") as second:
        print(record_all([first, second]))
