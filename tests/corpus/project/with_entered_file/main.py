# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: with ShardWriter(d) as w: its __enter__ (in a sibling module) opens a file on self; pool.map(w.encode, ...) pickles w with the open file
import tempfile
from multiprocessing import Pool

from wef_writer import ShardWriter


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        with ShardWriter(d) as w:
            with Pool(2) as pool:
                lines = pool.map(w.encode, range(4))  # [PKL009]
            w.fh.write("\n".join(lines))
        print(lines)
