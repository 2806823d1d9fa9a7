# runtime: fork=ok spawn=ok forkserver=ok
# summary: a SharedMemory block pickles by name, so it may be a task argument
import multiprocessing
from multiprocessing import shared_memory


def first_byte(block):
    return block.buf[0]


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=4)
    try:
        block.buf[0] = 42
        with multiprocessing.Pool(2) as pool:
            print(pool.apply(first_byte, (block,)))
    finally:
        block.close()
        block.unlink()
