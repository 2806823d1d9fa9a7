# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: `(base / "logs").glob("*.log")` is a generator: a spawned Process cannot receive it (a joined path is still a Path)
import multiprocessing
import tempfile
from pathlib import Path


def count_lines(files):
    print(sum(len(f.read_text().splitlines()) for f in files))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as base:
        (Path(base) / "logs").mkdir()
        (Path(base) / "logs" / "a.log").write_text("one\ntwo\n")
        logs = (Path(base) / "logs").glob("*.log")
        worker = multiprocessing.Process(target=count_lines, args=(logs,))  # [PKL004]
        worker.start()
        worker.join()
        if worker.exitcode:
            raise SystemExit(worker.exitcode)
