# runtime: fork=ok spawn=ok forkserver=ok
# summary: the parsed trace closes the file it read in __init__ and deletes the handle from self, so the object the worker returns pickles (leCroyParser 5 after its fix)
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
        del self.handle  # nothing of the file is left on the object


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
            traces = pool.map(load_trace, paths)
    print([max(t.values) for t in traces])
