import functools
import multiprocessing


def label(prefix, separator, value):
    return prefix + separator + str(value)


def summarise(prefix, values):
    separator = ": "
    with multiprocessing.Pool(2) as pool:
        return pool.map(functools.partial(label, prefix, separator), values)


if __name__ == "__main__":
    print(summarise("item", [1, 2, 3]))
