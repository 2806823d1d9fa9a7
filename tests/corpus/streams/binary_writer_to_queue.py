# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.BufferedWriter' object
# summary: open(path, "wb") is an _io.BufferedWriter; a queue's feeder thread fails to pickle it
import multiprocessing
import os
import tempfile

if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "out.bin")
    queue = multiprocessing.Queue()
    sink = open(path, "wb")
    queue.put(sink)  # [PKL004]
    try:
        print(queue.get(timeout=2))
    except Exception as error:
        print("nothing arrived:", type(error).__name__)
    sink.close()
    os.remove(path)
    os.rmdir(os.path.dirname(path))
