# runtime: fork=ok spawn=error forkserver=error
# error-contains: expected str, bytes or os.PathLike object, not NoneType
# summary: the worker asks a helper for its scratch file name; the helper joins a directory global that only init_tmpdir(), called by main(), sets, so a spawned child joins None (ddSMT PR 25, reproduced blind)
import os
import shutil
import tempfile
from multiprocessing import Pool

_TMPDIR = None


def init_tmpdir():
    global _TMPDIR
    _TMPDIR = tempfile.mkdtemp(prefix="reduce-")
    return _TMPDIR


def tmp_filename():
    return os.path.join(_TMPDIR, f"candidate-{os.getpid()}.txt")


def check(candidate):
    path = tmp_filename()
    with open(path, "w") as handle:
        handle.write("\n".join(candidate))
    return "false" in candidate


def main():
    folder = init_tmpdir()
    try:
        with Pool(2) as pool:
            print(pool.map(check, [["a", "false"], ["b"]]))  # [PKL016]
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
