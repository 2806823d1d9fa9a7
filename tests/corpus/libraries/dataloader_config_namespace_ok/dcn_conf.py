from types import SimpleNamespace


def load_config():
    return SimpleNamespace(batch_size=2, num_workers=0, scale=3.0)
