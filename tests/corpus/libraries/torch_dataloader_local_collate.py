# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.add_up'
# summary: DataLoader workers receive collate_fn pickled under spawn/forkserver (macOS, Windows): a local function fails there, runs under fork
from torch.utils.data import DataLoader, Dataset


class Squares(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return index * index


def main():
    def add_up(batch):
        return sum(batch)

    loader = DataLoader(Squares(), batch_size=2, num_workers=2, collate_fn=add_up)  # [PKL002]
    print(list(loader))


if __name__ == "__main__":
    main()
