# runtime: fork=ok spawn=ok forkserver=ok
# summary: the error class sets `__module__ = "claimpkg"`, the package whose __init__ re-exports it: pickle finds `claimpkg.EvalError`, so the worker's returned error object travels back
import multiprocessing

from claimpkg import EvalError


def evaluate(code):
    if "stop(" in code:
        return EvalError(f"Error in eval: {code}")
    return len(code)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(evaluate, ["x <- 1", "stop('boom')"]))
