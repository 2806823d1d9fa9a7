# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the same helpers called with "lines", whose branch and case make lists; the csv.reader branch never runs
import csv
import io
import multiprocessing


def rows_by_if(fmt, text):
    if fmt == "csv":
        rows = csv.reader(io.StringIO(text))
    else:
        rows = [line.split(",") for line in text.splitlines()]
    return rows


def rows_by_match(fmt, text):
    match fmt:
        case "csv":
            return csv.reader(io.StringIO(text))
        case _:
            return [line.split(",") for line in text.splitlines()]


def width(rows):
    return max(len(r) for r in rows)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(width, (rows_by_if("lines", "a,b\nc,d,e\n"),)))
        print(pool.apply(width, (rows_by_match("lines", "a,b\nc,d,e\n"),)))
