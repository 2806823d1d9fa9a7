# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup rhs on __main__ failed
# summary: a plugin helper exec()s user source into a new dict and returns `namespace["rhs"]`; Pool.map of that function fails because pickle looks `rhs` up in __main__
import multiprocessing

PLUGIN = """
def rhs(t):
    return 3 * t + 1
"""


def load_plugin(source):
    namespace = {}
    exec(source, namespace)
    return namespace["rhs"]


if __name__ == "__main__":
    transform = load_plugin(PLUGIN)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(transform, [1, 2, 3]))  # [PKL014]
