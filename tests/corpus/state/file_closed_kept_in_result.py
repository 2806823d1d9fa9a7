# runtime: fork=error spawn=error forkserver=error
# error-contains: BufferedReader
# summary: the parsed trace closes the file it read in __init__ but keeps the (closed) handle on self; the worker returns the object, and a closed file still cannot be pickled (leCroyParser 5 before its fix)
import os
import struct
import tempfile
from multiprocessing import Pool


class Trace:
    def __init__(self, path):
        self.path = path
        self.handle = open(path, "rb")
        (count,) = struct.unpack("<i", self.handle.read(4))
        self.values = list(struct.unpack(f"<{count}d", self.handle.read(8 * count)))
        self.handle.close()


def load_trace(path):
    trace = Trace(path)
    trace.values = [v - min(trace.values) for v in trace.values]
    return trace


def write_trace(path, values):
    with open(path, "wb") as out:
        out.write(struct.pack("<i", len(values)) + struct.pack(f"<{len(values)}d", *values))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        paths = [os.path.join(folder, f"trace{k}.bin") for k in range(3)]
        for k, path in enumerate(paths):
            write_trace(path, [k + 0.5, k + 2.0, k + 1.0])
        with Pool(2) as pool:
            traces = pool.map(load_trace, paths)  # [PKL007]
    print([max(t.values) for t in traces])
