# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup square on __main__ failed
# summary: AREPL-backend 152's shape: a REPL backend runs the user's code with exec() in a fresh namespace named __main__; the code's Pool.map pickles its own square, which the real __main__ lacks, under every start method
import textwrap

USER_CODE = textwrap.dedent(
    """
    from multiprocessing import Pool

    def square(x):
        return x * x

    if __name__ == "__main__":
        with Pool(2) as pool:
            print(pool.map(square, range(5)))
    """
)


def exec_input(code):
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    exec(compile(code, "<repl>", "exec"), namespace)  # [PKL014]
    return namespace


if __name__ == "__main__":
    exec_input(USER_CODE)
