# runtime: fork=ok spawn=ok forkserver=ok
# summary: `list((base / "logs").glob("*.log"))` is a list of paths: a spawned Process receives it fine
import multiprocessing
import tempfile
from pathlib import Path


def count_lines(files):
    print(sum(len(f.read_text().splitlines()) for f in files))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as base:
        (Path(base) / "logs").mkdir()
        (Path(base) / "logs" / "a.log").write_text("one\ntwo\n")
        logs = list((Path(base) / "logs").glob("*.log"))
        worker = multiprocessing.Process(target=count_lines, args=(logs,))
        worker.start()
        worker.join()
