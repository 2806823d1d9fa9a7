# runtime: fork=ok spawn=error forkserver=error
# error-contains: attribute lookup c_ubyte_Array_2 on __main__ failed
# summary: a ring-buffer queue keeps its status flags in `(ctypes.c_ubyte * 2)()`, an instance of a generated array type pickle cannot find by name; handing the queue to a spawned Process pickles it (faster-fifo 18)
import ctypes
import multiprocessing


class RingQueue:
    def __init__(self, size):
        self.buffer = multiprocessing.RawArray(ctypes.c_ubyte, size)
        self.lock = multiprocessing.Lock()
        self.status = (ctypes.c_ubyte * 2)()

    def write(self, data):
        with self.lock:
            self.buffer[: len(data)] = data


def produce(queue):
    queue.write(b"hello")


if __name__ == "__main__":
    queue = RingQueue(64)
    worker = multiprocessing.Process(target=produce, args=(queue,))  # [PKL005]
    worker.start()
    worker.join()
    print(bytes(queue.buffer[:5]))
