# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'mappingproxy' object
# summary: types.MappingProxyType views cannot be pickled
import multiprocessing
import types


def size(mapping):
    return len(mapping)


if __name__ == "__main__":
    view = types.MappingProxyType({"a": 1})
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (view,)))  # [PKL004]
