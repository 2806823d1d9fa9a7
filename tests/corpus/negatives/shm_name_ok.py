# runtime: fork=ok spawn=ok forkserver=ok
# summary: the worker attaches to the shared block by its name; nothing unpicklable is sent
import multiprocessing
from multiprocessing import shared_memory


def fill(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[0] = 42
    shm.close()


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    try:
        p = multiprocessing.Process(target=fill, args=(shm.name,))
        p.start()
        p.join()
        print(shm.buf[0])
    finally:
        shm.close()
        shm.unlink()
