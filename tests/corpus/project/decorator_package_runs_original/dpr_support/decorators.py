import functools
import multiprocessing


def _runner(func, results, args, kwargs):
    results.put(func(*args, **kwargs))


def run_in_subprocess(func):
    """Runs the decorated function in a child process (isolates crashes of the probe)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        results = multiprocessing.Queue()
        proc = multiprocessing.Process(
            target=_runner, args=(func, results, args, kwargs)  # [PKL014]
        )
        proc.start()
        try:
            return results.get(timeout=10)
        finally:
            proc.join(timeout=10)

    return wrapper
