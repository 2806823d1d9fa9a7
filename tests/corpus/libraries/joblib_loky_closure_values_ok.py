# runtime: fork=ok spawn=ok forkserver=ok
# summary: cloudpickle copies the lambda by value with what it captures: a scale and a dict of offsets pickle, so loky runs it
from joblib import Parallel, delayed


def rescale_all(items, scale):
    offsets = {i: i * 0.5 for i in items}
    rescale = lambda x: x * scale + offsets[x]  # noqa: E731
    return Parallel(n_jobs=2)(delayed(rescale)(x) for x in items)


if __name__ == "__main__":
    print(rescale_all(range(3), 2))
