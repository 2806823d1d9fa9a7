# runtime: fork=error spawn=error forkserver=error
# error-contains: ctypes objects containing pointers cannot be pickled
# summary: ctypes Structures with a POINTER field mapped over a pool: ctypes refuses to pickle objects holding pointers
import ctypes
import multiprocessing


class Buffer(ctypes.Structure):
    _fields_ = [("size", ctypes.c_int), ("data", ctypes.POINTER(ctypes.c_double))]


def make_buffer(values):
    array = (ctypes.c_double * len(values))(*values)
    return Buffer(len(values), ctypes.cast(array, ctypes.POINTER(ctypes.c_double)))


def total(buffer):
    return sum(buffer.data[i] for i in range(buffer.size))


if __name__ == "__main__":
    buffers = [make_buffer([1.0, 2.0]), make_buffer([3.0])]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, buffers))  # [PKL004]
