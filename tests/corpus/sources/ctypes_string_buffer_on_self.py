# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup c_char_Array_32 on ctypes failed
# summary: a reader keeps a ctypes.create_string_buffer(32) for a C library to fill; its bound method given to Pool.map carries the buffer, whose array type pickle cannot find
import ctypes
import multiprocessing


class Reader:
    def __init__(self):
        self.buffer = ctypes.create_string_buffer(32)

    def read(self, key):
        self.buffer.value = f"value-{key}".encode()
        return self.buffer.value.decode()


if __name__ == "__main__":
    reader = Reader()
    with multiprocessing.Pool(2) as pool:
        print(pool.map(reader.read, [1, 2]))  # [PKL009]
