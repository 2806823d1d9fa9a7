# runtime: fork=ok spawn=ok forkserver=ok
# summary: a look-alike of the exec'd-namespace family: code run at import with exec(code, globals()) defines a real global of the main module, which a spawned child defines again when it imports the module, so pickle finds the worker by name under every start method
import multiprocessing

PLUGIN_CODE = """
def cube(x):
    return x ** 3
"""

exec(PLUGIN_CODE, globals())


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(cube, range(5)))  # noqa: F821 - defined by the exec above
