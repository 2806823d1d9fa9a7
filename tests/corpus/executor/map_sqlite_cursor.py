# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Cursor' object
# summary: executor.map over sqlite3 cursors fails
import sqlite3
from concurrent.futures import ProcessPoolExecutor


def describe(item):
    return type(item).__name__


if __name__ == "__main__":
    cursor = sqlite3.connect(":memory:").cursor()
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(describe, [cursor])))  # [PKL004]
