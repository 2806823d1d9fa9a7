# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'sqlite3.Connection' object
# summary: a loop appends delayed(score)(connection, name) to a list of jobs; Parallel pickles the sqlite connection with every job (skore issue 1790)
import sqlite3

from joblib import Parallel, delayed


def score(connection, name):
    return len(name)


if __name__ == "__main__":
    connection = sqlite3.connect(":memory:")
    jobs = []
    for name in ["ridge", "lasso"]:
        jobs.append(delayed(score)(connection, name))  # [PKL004]
    print(Parallel(n_jobs=2)(jobs))
