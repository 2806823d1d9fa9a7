# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle local object 'summarise.<locals>.label'
# summary: a parameter and a local of the enclosing function both become partial arguments
# fix: PKL002 Move the local function
import functools
import multiprocessing


def label_impl(prefix, separator, value):
    return prefix + separator + str(value)


def summarise(prefix, values):
    separator = ": "

    label = functools.partial(label_impl, prefix, separator)

    with multiprocessing.Pool(2) as pool:
        return pool.map(label, values)


if __name__ == "__main__":
    print(summarise("item", [1, 2, 3]))
