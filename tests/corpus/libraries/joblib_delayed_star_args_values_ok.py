# runtime: fork=ok spawn=ok forkserver=ok
# summary: argument tuples of plain values unpacked with delayed(f)(*args) and `for a, b in pairs`: everything pickles
from joblib import Parallel, delayed


def scale(index, factor):
    return index * factor


if __name__ == "__main__":
    argument_list = [(i, 3) for i in range(4)]
    print(Parallel(n_jobs=2)(delayed(scale)(*args) for args in argument_list))
    pairs = list(zip(range(3), "abc"))
    print(Parallel(n_jobs=2)(delayed(scale)(a, b) for a, b in pairs))
