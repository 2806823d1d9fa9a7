# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle memoryview objects
# summary: SharedMemory.buf is a memoryview: share the block by its name, not its buffer
import multiprocessing
from multiprocessing import shared_memory


def fill(buffer):
    buffer[0] = 42


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    try:
        p = multiprocessing.Process(target=fill, args=(shm.buf,))  # [PKL004]
        p.start()
        p.join()
        print(shm.buf[0])
    finally:
        shm.close()
        shm.unlink()
