# runtime: fork=error spawn=error forkserver=error
# error-contains: TextIOWrapper
# summary: a helper wraps the transform method of the scaler it is given in functools.partial; the scaler (fitted first, fit returns self) keeps an open audit file, so the executor cannot pickle the bound method
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


def build_transform(scaler, clip=3.0):
    return functools.partial(scaler.transform, clip=clip)


if __name__ == "__main__":
    rows = [[1.0, 20.0], [2.0, 18.0], [6.0, 26.0]]
    scaler = StandardScaler().fit(rows)
    transform = build_transform(scaler, clip=2.5)
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(list(executor.map(transform, rows)))  # [PKL009]
