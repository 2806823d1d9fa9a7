# runtime: fork=ok spawn=ok forkserver=ok
# summary: a numpy array of 20,000 floats in every starmap task becomes one SharedMemory block
# fix: PKL013 Share `signal`
import multiprocessing
from multiprocessing.shared_memory import SharedMemory

import numpy as np


worker_signal = None
worker_signal_memory = None


def init_worker(name, shape, dtype):
    global worker_signal, worker_signal_memory
    worker_signal_memory = SharedMemory(name=name)
    worker_signal = np.ndarray(shape, dtype=dtype, buffer=worker_signal_memory.buf)
    worker_signal.flags.writeable = False


def band_energy(start):
    signal = worker_signal  # set in each worker process by init_worker
    window = signal[start : start + 2_000]
    return start, round(float((window * window).sum()), 3), signal.shape


if __name__ == "__main__":
    signal = np.linspace(0.0, 1.0, 20_000)
    signal_memory = SharedMemory(create=True, size=signal.nbytes)
    np.ndarray(signal.shape, dtype=signal.dtype, buffer=signal_memory.buf)[:] = signal
    signal_initargs = (signal_memory.name, signal.shape, signal.dtype)
    with multiprocessing.Pool(
        2, initializer=init_worker, initargs=signal_initargs
    ) as pool:
        print(pool.starmap(band_energy, [(s,) for s in range(0, 20_000, 5_000)]))
    signal_memory.close()
    signal_memory.unlink()
    print(signal.shape)
