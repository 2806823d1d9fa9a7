# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_io.TextIOWrapper' object
# summary: main() sets the module global WRITER (declared global) to an open file and passes it to every task
import multiprocessing
import os
import tempfile

WRITER = None


def write_rows(sink, rows):
    return len(rows)


def main():
    global WRITER
    handle, path = tempfile.mkstemp(suffix=".csv")
    os.close(handle)
    WRITER = open(path, "w")
    chunks = [[(1, 2), (3, 4)], [(5, 6)]]
    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(write_rows, (WRITER, c)) for c in chunks]  # [PKL004]
        print("written", sum(p.get(timeout=10) for p in pending))
    WRITER.close()
    os.unlink(WRITER.name)


if __name__ == "__main__":
    main()
