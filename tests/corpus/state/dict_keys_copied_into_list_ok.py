# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same config copies the keys into a list, which pickles
from multiprocessing import Pool


class DetectionConfig:
    def __init__(self, class_range, dist_ths):
        self.class_range = class_range
        self.dist_ths = dist_ths
        self.class_names = list(self.class_range.keys())

    @classmethod
    def deserialize(cls, content):
        return cls(content["class_range"], content["dist_ths"])


def accumulate(cfg, class_name, dist_th):
    return class_name, dist_th, cfg.class_range[class_name] * dist_th


def build_tasks(cfg):
    return [(cfg, name, th) for name in cfg.class_names for th in cfg.dist_ths]


if __name__ == "__main__":
    cfg = DetectionConfig.deserialize({"class_range": {"car": 50, "bus": 40}, "dist_ths": [0.5, 1.0]})
    with Pool(2) as pool:
        for row in pool.starmap(accumulate, build_tasks(cfg)):
            print(row)
