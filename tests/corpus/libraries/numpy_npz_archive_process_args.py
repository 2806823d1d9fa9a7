# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedReader' object
# summary: np.load() of a .npz path gives an NpzFile that keeps the archive open; handed to Process args, spawn and forkserver must pickle the open file (numpy issue 18124, reproduced blind)
import multiprocessing
import os
import tempfile

import numpy as np


def total(archive, names, results):
    results.put(sum(float(archive[name].sum()) for name in names))


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "weights.npz")
    np.savez(path, a=np.arange(4.0), b=np.ones(3))
    archive = np.load(path)
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=total, args=(archive, ["a", "b"], results))  # [PKL004]
    worker.start()
    print(results.get(timeout=20))
    worker.join()
    archive.close()
