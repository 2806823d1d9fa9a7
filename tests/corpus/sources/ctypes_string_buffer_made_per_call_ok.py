# runtime: fork=ok spawn=ok forkserver=ok
# summary: the reader makes its ctypes.create_string_buffer(32) inside the method, so the bound method given to Pool.map carries no buffer
import ctypes
import multiprocessing


class Reader:
    def __init__(self):
        self.size = 32

    def read(self, key):
        buffer = ctypes.create_string_buffer(self.size)
        buffer.value = f"value-{key}".encode()
        return buffer.value.decode()


if __name__ == "__main__":
    reader = Reader()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(reader.read, [1, 2]))
