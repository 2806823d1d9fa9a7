# runtime: fork=ok spawn=ok forkserver=ok
# summary: the rows a csv.reader produces are lists of strings and pickle (negative of returns_csv_reader)
import csv
import io
import multiprocessing


def rows(text):
    return list(csv.reader(io.StringIO(text)))


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(rows, ["a,b", "c,d"]))
