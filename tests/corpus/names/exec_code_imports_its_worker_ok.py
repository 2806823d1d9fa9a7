# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fix of AREPL-backend 152's shape: the exec'd code hands the Pool a function it imports from a real module (operator.neg), not one it defines in its namespace, so pickle finds it by name under every start method
import textwrap

USER_CODE = textwrap.dedent(
    """
    from multiprocessing import Pool
    from operator import neg

    def square(x):
        return x * x

    if __name__ == "__main__":
        with Pool(2) as pool:
            print(pool.map(neg, [square(x) for x in range(5)]))
    """
)


def exec_input(code):
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    exec(compile(code, "<repl>", "exec"), namespace)
    return namespace


if __name__ == "__main__":
    exec_input(USER_CODE)
