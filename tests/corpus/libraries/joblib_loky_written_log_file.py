# runtime: fork=error spawn=error forkserver=error
# error-contains: Cannot pickle files that are not opened for reading: a
# summary: a run log opened for appending is handed to every joblib task; loky's cloudpickle copies a text file only by reading it again, which it refuses for a file opened to write
import os
import tempfile

from joblib import Parallel, delayed


def score(log, n):
    log.write(f"scoring {n}\n")
    return n * n


def run(folder):
    log = open(os.path.join(folder, "run.log"), "a")
    try:
        return Parallel(n_jobs=2)(delayed(score)(log, n) for n in range(4))  # [PKL004]
    finally:
        log.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(run(folder))
