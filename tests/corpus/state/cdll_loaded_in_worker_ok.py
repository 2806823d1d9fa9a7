# runtime: fork=ok spawn=ok forkserver=ok
# summary: the library's name travels and each worker loads it (negative of cdll_on_self)
import ctypes
import ctypes.util
import multiprocessing


class Native:
    def __init__(self, name):
        self.name = name

    def length(self, text):
        libc = ctypes.CDLL(self.name)
        return libc.strlen(text.encode())


if __name__ == "__main__":
    native = Native(ctypes.util.find_library("c"))
    with multiprocessing.Pool(2) as pool:
        print(pool.map(native.length, ["a", "bb"]))
