# runtime: fork=error spawn=error forkserver=error
# error-contains: BufferedReader
# summary: the same reader whose __getstate__ stores the position under a new key and leaves the open file in the state it returns: every task item still pickles the file
import os
import tempfile
import multiprocessing as mp


class FileReader:
    def __init__(self, name, offset=0):
        self.name = name
        self.fh_raw = open(name, "rb")
        self.fh_raw.seek(offset)

    def __getstate__(self):
        if self.fh_raw.closed:
            raise ValueError("can only pickle open readers")
        state = self.__dict__.copy()
        state["offset"] = (self.name, self.fh_raw.tell())
        return state

    def __setstate__(self, state):
        name, offset = state.pop("offset")
        self.__dict__.update(state)
        self.fh_raw = open(name, "rb")
        self.fh_raw.seek(offset)

    def read_frame(self, n):
        return self.fh_raw.read(n)


class StreamReader:
    def __init__(self, fh, frame_size):
        self.fh = fh
        self.frame_size = frame_size

    def read(self):
        return self.fh.read_frame(self.frame_size)


def checksum(sr):
    return sum(sr.read())


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "sample.vdif")
        with open(path, "wb") as f:
            f.write(bytes(range(256)) * 4)
        readers = [StreamReader(FileReader(path, offset=o), 16) for o in (0, 256, 512)]
        with mp.Pool(2) as pool:
            print(pool.map(checksum, readers))  # [PKL005]
