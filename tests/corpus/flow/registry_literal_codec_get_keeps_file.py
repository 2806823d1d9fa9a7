# runtime: fork=ok spawn=error forkserver=error
# error-contains: BufferedWriter
# summary: codecs are looked up by name in a literal dict with .get and a default; the gzip codec opens its spool file in __init__ and the instance is a Process argument
import gzip
import os
import tempfile
from multiprocessing import Process


class RawCodec:
    def __init__(self, folder):
        self.folder = folder

    def encode(self, data):
        return data


class GzipCodec:
    def __init__(self, folder):
        self.spool = open(os.path.join(folder, "spool.bin"), "wb")

    def encode(self, data):
        return gzip.compress(data)


CODECS = {"raw": RawCodec, "gzip": GzipCodec}


def compress(codec, payload):
    print(len(codec.encode(payload)))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        codec = CODECS.get(os.environ.get("CODEC", "gzip"), RawCodec)(folder)
        worker = Process(target=compress, args=(codec, b"abc" * 100))  # [PKL005]
        worker.start()
        worker.join()
    if worker.exitcode:
        raise SystemExit(worker.exitcode)
