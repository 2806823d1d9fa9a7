# runtime: fork=ok spawn=ok forkserver=ok
# summary: look-alike: the same factory called with "plain" skips the guard clause, so the task carries the builtin abs, which pickles by name
import multiprocessing


def make_transform(kind):
    if kind == "shift":
        return lambda value: value + 1
    return abs


def apply(pair):
    transform, value = pair
    return transform(value)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(apply, [(make_transform("plain"), -3)]))
