# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'generator' object
# summary: the dataset's base class (another module) keeps `(root / "masks").iterdir()`, a generator: each DataLoader worker receives the dataset pickled under spawn and forkserver
import tempfile
from pathlib import Path

from torch.utils.data import DataLoader

from tpi_bdd import BddDataset

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as root:
        (Path(root) / "masks").mkdir()
        for i in range(4):
            (Path(root) / "masks" / f"img{i}.png").write_bytes(b"")
        dataset = BddDataset(root)
        loader = DataLoader(dataset, batch_size=2, num_workers=2)  # [PKL005]
        print("batches:", [b.tolist() for b in loader])
