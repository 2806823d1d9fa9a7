# runtime: fork=ok spawn=error forkserver=error
# error-contains: h5py objects cannot be pickled
# summary: a stream keeps what `dataset.open()` returns, where `dataset` is the H5PYDataset its constructor is given: an open h5py file on the instance, which the Process arguments pickle under spawn/forkserver (fuel 65)
import os
import tempfile
import multiprocessing as mp

import h5py
import numpy as np


class H5PYDataset:
    def __init__(self, file_or_path, which_sets=("train",)):
        self.path = file_or_path
        self.which_sets = which_sets

    def open(self):
        return h5py.File(self.path, "r")

    def get_data(self, handle, request):
        return handle["features"][request]


class DataStream:
    def __init__(self, dataset, batch_size):
        self.dataset = dataset
        self.batch_size = batch_size
        self.data_state = dataset.open()  # the handle becomes instance state

    def get_epoch_iterator(self):
        n = self.data_state["features"].shape[0]
        for start in range(0, n, self.batch_size):
            yield self.dataset.get_data(self.data_state, slice(start, start + self.batch_size))


def consume(stream, out):
    out.put(sum(float(b.sum()) for b in stream.get_epoch_iterator()))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "mnist.hdf5")
        with h5py.File(path, "w") as f:
            f["features"] = np.arange(20, dtype="f4").reshape(10, 2)
        stream = DataStream(H5PYDataset(path), batch_size=4)
        q = mp.Queue()
        p = mp.Process(target=consume, args=(stream, q))  # [PKL005]
        p.start()
        print("total", q.get(timeout=10))
        p.join()
