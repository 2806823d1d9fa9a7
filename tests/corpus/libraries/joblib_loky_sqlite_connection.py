# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a sqlite3 connection sent to loky workers cannot be pickled
import sqlite3

from joblib import Parallel, delayed


def count(connection, table):
    return connection.execute(f"select count(*) from {table}").fetchone()[0]


if __name__ == "__main__":
    connection = sqlite3.connect(":memory:")
    parallel = Parallel(n_jobs=2)
    print(parallel(delayed(count)(connection, t) for t in ["a", "b"]))  # [PKL004]
