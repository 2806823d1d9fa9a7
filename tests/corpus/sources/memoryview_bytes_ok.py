# runtime: fork=ok spawn=ok forkserver=ok
# summary: bytes copied out of a memoryview pickle; so does a slice of a bytearray
import multiprocessing


def size(chunk):
    return len(chunk)


if __name__ == "__main__":
    data = bytearray(b"abcdef")
    view = memoryview(data)
    chunks = [bytes(view[i : i + 2]) for i in range(0, 6, 2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(size, chunks))
        print(pool.map(size, [data[0:2], data[2:]]))
    view.release()
