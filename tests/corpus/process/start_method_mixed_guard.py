# runtime: fork=ok spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a guard mixing the start method with another test (`if not logs or get_start_method() == "fork": ... return`) keeps fork in-process; only spawn and forkserver reach the pool, which pickles the open logs for every start method
import multiprocessing
import os


def record(log):
    log.write("started\n")
    return log.name


def record_all(logs):
    if not logs or multiprocessing.get_start_method() == "fork":
        return [record(log) for log in logs]
    with multiprocessing.Pool(2) as pool:
        return pool.map(record, logs)  # [PKL004]


if __name__ == "__main__":
    with open(os.devnull, "a") as first, open(os.devnull, "a") as second:
        print(record_all([first, second]))
