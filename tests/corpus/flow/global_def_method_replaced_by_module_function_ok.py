# runtime: fork=ok spawn=ok forkserver=ok
# summary: the dataset maps a module-level function (given the root with functools.partial) over the process pool, so a spawned child finds it on import
import functools
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


def _load_sequence(root, name):
    return name, len(os.listdir(os.path.join(root, name)))


class Dataset:
    def __init__(self, root):
        self.root = root
        names = sorted(os.listdir(root))
        with ProcessPoolExecutor(max_workers=2) as pool:
            self.sequences = list(pool.map(functools.partial(_load_sequence, root), names))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as root:
        for name in ("seq-a", "seq-b"):
            os.makedirs(os.path.join(root, name, "frames"))
        print(Dataset(root).sequences)
