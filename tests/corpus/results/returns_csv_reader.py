# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_csv.reader' object
# summary: a worker returning a csv.reader (a lazy C iterator) cannot send it back
import csv
import io
import multiprocessing


def rows(text):
    return csv.reader(io.StringIO(text))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(rows, ["a,b", "c,d"]))  # [PKL007]
