import functools
import importlib
import multiprocessing


def _call_wrapped(module_name, func_name, args, kwargs):
    module = importlib.import_module(module_name)
    return getattr(module, func_name).__wrapped__(*args, **kwargs)


def timeout(seconds):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with multiprocessing.Pool(1) as pool:
                result = pool.apply_async(_call_wrapped, (func.__module__, func.__name__, args, kwargs))  # [PKL004]
                return result.get(timeout=seconds)

        return wrapper

    return decorator
