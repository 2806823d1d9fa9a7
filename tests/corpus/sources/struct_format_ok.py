# runtime: fork=ok spawn=ok forkserver=ok
# summary: the format string of a struct pickles; the worker builds its own Struct (negative of struct_layout)
import multiprocessing
import struct

FORMAT = "<ii"


def decode(layout, data):
    return struct.Struct(layout).unpack(data)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(decode, (FORMAT, struct.pack(FORMAT, 1, 2))))
