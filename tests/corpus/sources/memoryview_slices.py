# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle memoryview objects
# summary: slices of a memoryview are memoryviews, which pickle rejects (send bytes instead)
import multiprocessing


def size(view):
    return len(view)


if __name__ == "__main__":
    data = bytearray(b"abcdef")
    chunks = [memoryview(data)[i : i + 2] for i in range(0, 6, 2)]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(size, chunks))  # [PKL004]
