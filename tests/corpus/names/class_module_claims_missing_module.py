# runtime: fork=error spawn=error forkserver=error
# error-contains: Can't pickle <class 'rinterface.EvalError'>: import of module 'rinterface' failed
# summary: the error class says it belongs to `rinterface` (as a C extension's type does), a module that does not exist; the worker returns the error object, which pickle cannot find by that name (rpy2 41)
import multiprocessing


class EvalError(RuntimeError):
    pass


EvalError.__module__ = "rinterface"


def evaluate(code):
    if "stop(" in code:
        return EvalError(f"Error in eval: {code}")
    return len(code)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(evaluate, ["x <- 1", "stop('boom')"]))  # [PKL007]
