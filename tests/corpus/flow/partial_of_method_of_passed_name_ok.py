# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same helper and scaler, but the scaler's __getstate__ leaves the audit file out, so the partial of its bound method pickles
import functools
import os
import statistics
from concurrent.futures import ProcessPoolExecutor


class StandardScaler:
    def __init__(self, audit_path=os.devnull):
        self.means = []
        self.audit = open(audit_path, "w")

    def fit(self, rows):
        self.means = [statistics.fmean(column) for column in zip(*rows)]
        self.audit.write(f"fit {len(rows)} rows\n")
        return self

    def transform(self, row, clip):
        return [max(-clip, min(clip, value - mean)) for value, mean in zip(row, self.means)]

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["audit"]
        return state


def build_transform(scaler, clip=3.0):
    return functools.partial(scaler.transform, clip=clip)


if __name__ == "__main__":
    rows = [[1.0, 20.0], [2.0, 18.0], [6.0, 26.0]]
    scaler = StandardScaler().fit(rows)
    transform = build_transform(scaler, clip=2.5)
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(transform, rows)))
