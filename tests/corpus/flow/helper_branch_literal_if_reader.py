# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_csv.reader' object
# summary: rows_for("csv", ...) takes the branch that makes a csv.reader (the other branches make lists); the reader is the task argument
import csv
import io
import multiprocessing


def rows_for(fmt, text):
    if fmt == "csv":
        rows = csv.reader(io.StringIO(text))
    elif fmt in ("lines", "text"):
        rows = [line.split(",") for line in text.splitlines()]
    else:
        rows = []
    return rows


def width(rows):
    return max(len(r) for r in rows)


if __name__ == "__main__":
    source = rows_for("csv", "a,b\nc,d,e\n")
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(width, (source,)))  # [PKL004]
