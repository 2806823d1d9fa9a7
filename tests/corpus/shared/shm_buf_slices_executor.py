# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle memoryview objects
# summary: slices of SharedMemory.buf are memoryviews; executor.map pickles each one
import concurrent.futures
from multiprocessing import shared_memory


def total(view):
    return sum(view)


def main():
    shm = shared_memory.SharedMemory(create=True, size=8)
    shm.buf[:8] = bytes(range(8))
    parts = [shm.buf[i : i + 4] for i in (0, 4)]
    try:
        with concurrent.futures.ProcessPoolExecutor(2) as pool:
            print(list(pool.map(total, parts)))  # [PKL004]
    finally:
        for part in parts:
            part.release()
        shm.close()
        shm.unlink()


if __name__ == "__main__":
    main()
