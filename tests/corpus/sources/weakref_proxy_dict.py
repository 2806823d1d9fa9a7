# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'WeakValueDictionary
# summary: a WeakValueDictionary holds weak references and cannot be pickled
import multiprocessing
import weakref


class Node:
    pass


def size(mapping):
    return len(mapping)


if __name__ == "__main__":
    node = Node()
    cache = weakref.WeakValueDictionary({"a": node})
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(size, (cache,)))  # [PKL004]
