# runtime: fork=ok spawn=error forkserver=error
# error-contains: Can't pickle local object 'main.<locals>.<lambda>'
# summary: a training script logs the dataset's size before building the loader with collate_fn=lambda (peft's dreambooth examples): spawn/forkserver workers cannot pickle the lambda
import logging

import torch
from torch.utils.data import DataLoader, Dataset

logger = logging.getLogger(__name__)


class PromptDataset(Dataset):
    def __init__(self, count):
        self.count = count

    def __len__(self):
        return self.count

    def __getitem__(self, index):
        return {"ids": torch.tensor([index])}


def collate(examples, with_prior):
    batch = torch.cat([example["ids"] for example in examples])
    return batch * 2 if with_prior else batch


def main(with_prior=False):
    train_dataset = PromptDataset(4)
    logger.info("Num examples = %d", len(train_dataset))
    print("examples:", len(train_dataset))
    loader = DataLoader(
        train_dataset,
        batch_size=2,
        collate_fn=lambda examples: collate(examples, with_prior),  # [PKL001]
        num_workers=1,
        timeout=20,
    )
    for batch in loader:
        print(batch.tolist())


if __name__ == "__main__":
    main()
