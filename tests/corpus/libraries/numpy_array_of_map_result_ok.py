# runtime: fork=ok spawn=ok forkserver=ok
# summary: timecorr #21 fixed: the Pool worker returns np.array(list(map(local_fn, range(n)))), an array of numbers, so the nested function stays in the worker and the result pickles
from multiprocessing import Pool

import numpy as np


def isfc_helper(args):
    subject, others, width = args

    def timepoint_corr(t):
        lo = max(0, t - width)
        return float(np.dot(subject[t], others[lo:t + 1].mean(axis=0)))

    return np.array(list(map(timepoint_corr, range(subject.shape[0]))))


def timecorr(data, width=2):
    others = [np.mean([d for j, d in enumerate(data) if j != i], axis=0) for i in range(len(data))]
    with Pool(2) as pool:
        return pool.map(isfc_helper, [(data[i], others[i], width) for i in range(len(data))])


if __name__ == "__main__":
    data = [np.arange(15, dtype=float).reshape(5, 3) * (i + 1) for i in range(3)]
    for corr in timecorr(data):
        print([round(float(c), 2) for c in corr])
