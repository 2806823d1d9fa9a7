# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_contextvars.ContextVar' object
# summary: captured (name, context) rows are transposed with `ex.map(replay, *zip(*rows))`; every context maps ContextVar objects to values, which pickle refuses (tinygrad process replay)
import contextvars
from concurrent.futures import ProcessPoolExecutor

DEBUG = contextvars.ContextVar("DEBUG", default=0)
BEAM = contextvars.ContextVar("BEAM", default=0)


def capture_context():
    ctx = contextvars.copy_context()
    return {var: ctx[var] for var in (DEBUG, BEAM) if var in ctx}


def replay(kernel, settings):
    return f"{kernel}: {len(settings)} settings"


if __name__ == "__main__":
    DEBUG.set(2)
    rows = [("r_16_4", capture_context()), ("E_32", capture_context())]
    with ProcessPoolExecutor(2) as ex:
        for out in ex.map(replay, *zip(*rows)):  # [PKL004]
            print(out)
