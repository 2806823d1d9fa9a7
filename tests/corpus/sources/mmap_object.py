# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'mmap.mmap' object
# summary: a memory map cannot be pickled
import mmap
import multiprocessing


def size(mapped):
    return len(mapped)


if __name__ == "__main__":
    mapped = mmap.mmap(-1, 16)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (mapped,)))  # [PKL004]
    mapped.close()
