# runtime: fork=ok spawn=ok forkserver=ok
# summary: num_workers read from a SimpleNamespace a sibling module builds with num_workers=0: the dataset holding a lambda stays in this process
from torch.utils.data import DataLoader

from dcn_conf import load_config
from dcn_dataset import ScaledRange


if __name__ == "__main__":
    cfg = load_config()
    loader = DataLoader(ScaledRange(4, cfg.scale), batch_size=cfg.batch_size, num_workers=cfg.num_workers)
    print([b.tolist() for b in loader])
