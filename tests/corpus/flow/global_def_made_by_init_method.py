# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't get attribute '_load_sequence'
# summary: a dataset's __init__ declares `global _load_sequence` and defines it there to map it over a process pool; the global exists in the parent once the dataset is built under the guard, never in a spawned child's `__mp_main__` (pyboreas 61)
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor


class Dataset:
    def __init__(self, root):
        self.root = root
        names = sorted(os.listdir(root))

        global _load_sequence

        def _load_sequence(name):
            return name, len(os.listdir(os.path.join(root, name)))

        with ProcessPoolExecutor(max_workers=2) as pool:
            self.sequences = list(pool.map(_load_sequence, names))  # [PKL003]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as root:
        for name in ("seq-a", "seq-b"):
            os.makedirs(os.path.join(root, name, "frames"))
        print(Dataset(root).sequences)
