# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike of numpy issue 18124: np.load() of a .npy path gives a plain array (no open file), and the .npz archive is opened by the child from its path
import multiprocessing
import os
import tempfile

import numpy as np


def total(values, archive_path, results):
    with np.load(archive_path) as archive:
        results.put(float(values.sum()) + float(archive["b"].sum()))


if __name__ == "__main__":
    folder = tempfile.mkdtemp()
    array_path = os.path.join(folder, "weights.npy")
    archive_path = os.path.join(folder, "weights.npz")
    np.save(array_path, np.arange(4.0))
    np.savez(archive_path, b=np.ones(3))
    values = np.load(array_path)
    results = multiprocessing.Queue()
    worker = multiprocessing.Process(target=total, args=(values, archive_path, results))
    worker.start()
    print(results.get(timeout=20))
    worker.join()
