# runtime: fork=ok spawn=ok forkserver=ok
# summary: a helper maps over its `logs` parameter; its callers pass paths (a list, a list built by a call), which the worker opens itself
import multiprocessing
import os


def record(log):
    if isinstance(log, str):
        with open(log, "a") as opened:
            opened.write("started\n")
        return log
    return log.name


def record_all(logs):
    with multiprocessing.Pool(2) as pool:
        return pool.map(record, logs)


if __name__ == "__main__":
    print(record_all([os.devnull, os.devnull]))
    print(record_all(list(map(str, [os.devnull]))))
