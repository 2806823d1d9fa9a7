# runtime: fork=error spawn=error forkserver=error
# error-contains: local object 'CDLL.__init__.<locals>._FuncPtr'
# summary: a ctypes.CDLL kept on self travels with a bound method given to Pool.map
import ctypes
import ctypes.util
import multiprocessing


class Native:
    def __init__(self):
        self.libc = ctypes.CDLL(ctypes.util.find_library("c"))

    def length(self, text):
        return len(text)


if __name__ == "__main__":
    native = Native()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(native.length, ["a", "bb"]))  # [PKL009]
