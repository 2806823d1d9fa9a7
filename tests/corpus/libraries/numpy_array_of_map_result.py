# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'isfc_helper.<locals>.timepoint_corr'
# summary: timecorr #21: the Pool worker returns np.array(map(local_fn, range(n)), dtype=object), a 0-d array holding the lazy map object and its nested function; sending the result back fails under every start method
from multiprocessing import Pool

import numpy as np


def isfc_helper(args):
    subject, others, width = args

    def timepoint_corr(t):
        lo = max(0, t - width)
        return float(np.dot(subject[t], others[lo:t + 1].mean(axis=0)))

    return np.array(map(timepoint_corr, range(subject.shape[0])), dtype=object)


def timecorr(data, width=2):
    others = [np.mean([d for j, d in enumerate(data) if j != i], axis=0) for i in range(len(data))]
    with Pool(2) as pool:
        return pool.map(isfc_helper, [(data[i], others[i], width) for i in range(len(data))])  # [PKL007]


if __name__ == "__main__":
    data = [np.arange(15, dtype=float).reshape(5, 3) * (i + 1) for i in range(3)]
    for corr in timecorr(data):
        print([round(c, 2) for c in corr])
