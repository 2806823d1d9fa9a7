# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup Record on
# summary: make_dataclass("Record", ...) bound to Row: instances sent to the pool are pickled by the class name Record, which nothing defines
import multiprocessing
from dataclasses import make_dataclass

Row = make_dataclass("Record", [("key", str), ("value", int)])


def double(row):
    return row.value * 2


if __name__ == "__main__":
    rows = [Row("a", 1), Row("b", 2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, rows))  # [PKL014]
