import multiprocessing
from multiprocessing import shared_memory

import numpy as np

block = None
shared_signal = None


def attach(name, shape, dtype):
    global block, shared_signal
    block = shared_memory.SharedMemory(name=name)
    shared_signal = np.ndarray(shape, dtype=dtype, buffer=block.buf)


def band_energy(start):
    window = shared_signal[start : start + 2_000]
    return start, round(float((window * window).sum()), 3), shared_signal.shape


if __name__ == "__main__":
    signal = np.linspace(0.0, 1.0, 20_000)
    memory = shared_memory.SharedMemory(create=True, size=signal.nbytes)
    try:
        np.ndarray(signal.shape, dtype=signal.dtype, buffer=memory.buf)[:] = signal
        initargs = (memory.name, signal.shape, signal.dtype)
        with multiprocessing.Pool(2, initializer=attach, initargs=initargs) as pool:
            print(pool.map(band_energy, range(0, 20_000, 5_000)))
    finally:
        memory.close()
        memory.unlink()
    print(signal.shape)
