# runtime: fork=ok spawn=ok forkserver=ok
# summary: the ring-buffer queue keeps its status flags in `multiprocessing.RawArray(ctypes.c_ubyte, 2)`, shared memory that a spawned Process receives by reference
import ctypes
import multiprocessing


class RingQueue:
    def __init__(self, size):
        self.buffer = multiprocessing.RawArray(ctypes.c_ubyte, size)
        self.lock = multiprocessing.Lock()
        self.status = multiprocessing.RawArray(ctypes.c_ubyte, 2)

    def write(self, data):
        with self.lock:
            self.buffer[: len(data)] = data


def produce(queue):
    queue.write(b"hello")


if __name__ == "__main__":
    queue = RingQueue(64)
    worker = multiprocessing.Process(target=produce, args=(queue,))
    worker.start()
    worker.join()
    print(bytes(queue.buffer[:5]))
