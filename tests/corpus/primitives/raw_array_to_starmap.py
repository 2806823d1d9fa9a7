# runtime: fork=error spawn=error forkserver=error
# error-contains: should only be shared between processes through inheritance
# summary: multiprocessing.sharedctypes.RawArray passed as a task argument fails
import multiprocessing
from multiprocessing.sharedctypes import RawArray


def read(buffer, i):
    return buffer[i]


if __name__ == "__main__":
    buffer = RawArray("i", [1, 2, 3])
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(read, [(buffer, i) for i in range(3)]))  # [PKL006]
