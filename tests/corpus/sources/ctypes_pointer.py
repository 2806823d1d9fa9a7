# runtime: fork=error spawn=error forkserver=error
# error-contains: ctypes objects containing pointers cannot be pickled
# summary: a ctypes pointer cannot be pickled into a pool task
import ctypes
import multiprocessing


def read(pointer):
    return pointer.contents.value


if __name__ == "__main__":
    value = ctypes.c_int(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(read, (ctypes.pointer(value),)))  # [PKL004]
