# runtime: fork=ok spawn=ok forkserver=ok
# summary: the look-alike: a text file opened for reading handed to every joblib task; loky's cloudpickle copies it by reading it again, so each task reads its own copy
import os
import tempfile

from joblib import Parallel, delayed


def count_words(notes, n):
    return len(notes.read().split()) * n


def run(folder):
    path = os.path.join(folder, "notes.txt")
    with open(path, "w") as out:
        out.write("alpha beta gamma\n")
    notes = open(path)
    try:
        return Parallel(n_jobs=2)(delayed(count_words)(notes, n) for n in range(4))
    finally:
        notes.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(run(folder))
