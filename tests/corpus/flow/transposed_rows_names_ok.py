# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same transposed rows carry each ContextVar's name instead of the variable, the fix tinygrad's process replay took; the child looks the variables up by name
import contextvars
from concurrent.futures import ProcessPoolExecutor

DEBUG = contextvars.ContextVar("DEBUG", default=0)
BEAM = contextvars.ContextVar("BEAM", default=0)
BY_NAME = {var.name: var for var in (DEBUG, BEAM)}


def capture_context():
    ctx = contextvars.copy_context()
    return {var.name: ctx[var] for var in (DEBUG, BEAM) if var in ctx}


def replay(kernel, settings):
    for name, value in settings.items():
        BY_NAME[name].set(value)
    return f"{kernel}: DEBUG={DEBUG.get()}"


if __name__ == "__main__":
    DEBUG.set(2)
    rows = [("r_16_4", capture_context()), ("E_32", capture_context())]
    with ProcessPoolExecutor(2) as ex:
        for out in ex.map(replay, *zip(*rows)):
            print(out)
