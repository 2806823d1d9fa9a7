# runtime: fork=ok spawn=ok forkserver=ok
# summary: a numpy array of 20,000 floats in every starmap task becomes one SharedMemory block
# fix: PKL013 Share `signal`
import multiprocessing

import numpy as np


def band_energy(start, signal):
    window = signal[start : start + 2_000]
    return start, round(float((window * window).sum()), 3), signal.shape


if __name__ == "__main__":
    signal = np.linspace(0.0, 1.0, 20_000)
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(band_energy, [(s, signal) for s in range(0, 20_000, 5_000)]))
    print(signal.shape)
