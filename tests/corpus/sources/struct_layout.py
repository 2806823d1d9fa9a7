# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_struct.Struct' object
# summary: a precompiled struct.Struct cannot be a task argument
import multiprocessing
import struct

RECORD = struct.Struct("<ii")


def decode(layout, data):
    return layout.unpack(data)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(decode, (RECORD, RECORD.pack(1, 2))))  # [PKL004]
