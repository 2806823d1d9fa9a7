# runtime: fork=ok spawn=ok forkserver=ok
# summary: the decorator records the function and returns it unchanged: the module name still holds it
from multiprocessing import Pool

CHECKED = []


def ensure_annotations(f):
    CHECKED.append(f.__name__)
    return f


@ensure_annotations
def greet(name):
    return f"Hello {name}!"


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        print(pool.map(greet, ["map"]), CHECKED)
