import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def _chunk_profile(values, start, stop):
    return [min(abs(values[i] - values[j]) for j in range(len(values)) if j != i) for i in range(start, stop)]


def matrix_profile(values, devices=1):
    chunks = [(i, min(len(values), i + 4)) for i in range(0, len(values), 4)]
    if devices > 1:
        # one process per device; CUDA contexts need fresh processes
        multiprocessing.set_start_method("spawn", force=True)
        with ProcessPoolExecutor(max_workers=devices) as executor:
            parts = [executor.submit(_chunk_profile, values, a, b) for a, b in chunks]
            return [x for part in parts for x in part.result()]
    return [x for a, b in chunks for x in _chunk_profile(values, a, b)]
