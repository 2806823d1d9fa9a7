# runtime: fork=ok spawn=error forkserver=error
# error-contains: BufferedReader
# summary: `(base / "data.bin").open("rb")` is an open binary file: a spawned Process cannot receive it
import multiprocessing
import tempfile
from pathlib import Path


def checksum(handle):
    print(sum(handle.read()))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as base:
        (Path(base) / "data.bin").write_bytes(b"\x01\x02\x03")
        with (Path(base) / "data.bin").open("rb") as handle:
            worker = multiprocessing.Process(target=checksum, args=(handle,))  # [PKL004]
            worker.start()
            worker.join()
        if worker.exitcode:
            raise SystemExit(worker.exitcode)
