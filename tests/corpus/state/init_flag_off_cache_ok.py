# runtime: fork=ok spawn=ok forkserver=ok
# summary: a dataset builds its Manager cache (and a lock) only `if use_cache:`; built with use_cache=False and the default, neither exists, so the dataset pickles (TTS's vocoder datasets)
import multiprocessing
import threading
from multiprocessing import Manager


class FrameDataset:
    def __init__(self, items, use_cache=False, guarded=False):
        self.items = items
        if use_cache:
            self.create_feature_cache()
        if guarded:
            self.lock = threading.Lock()

    def create_feature_cache(self):
        self.manager = Manager()
        self.cache = self.manager.list([None] * len(self.items))


def frames_in(dataset):
    return len(dataset.items)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(frames_in, (FrameDataset([1, 2, 3], use_cache=False),)))
        print(pool.apply(frames_in, (FrameDataset([4, 5]),)))
