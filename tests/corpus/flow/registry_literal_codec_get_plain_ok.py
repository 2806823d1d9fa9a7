# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: codecs are looked up by name in a literal dict with .get and a default; every codec keeps only plain values (the file is opened where it is written), so the Process argument pickles
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
        self.spool_path = os.path.join(folder, "spool.bin")

    def encode(self, data):
        with open(self.spool_path, "wb") as spool:
            spool.write(data)
        return gzip.compress(data)


CODECS = {"raw": RawCodec, "gzip": GzipCodec}


def compress(codec, payload):
    print(len(codec.encode(payload)))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        codec = CODECS.get(os.environ.get("CODEC", "gzip"), RawCodec)(folder)
        worker = Process(target=compress, args=(codec, b"abc" * 100))
        worker.start()
        worker.join()
    if worker.exitcode:
        raise SystemExit(worker.exitcode)
