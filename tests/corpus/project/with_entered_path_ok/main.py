# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same with-statement writer whose __enter__ only stores a path: w.encode pickles w with plain data
import tempfile
from multiprocessing import Pool

from wep_writer import ShardWriter

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        with ShardWriter(d) as w:
            with Pool(2) as pool:
                lines = pool.map(w.encode, range(4))
            with open(w.path, "w") as handle:
                handle.write("\n".join(lines))
        print(lines)
