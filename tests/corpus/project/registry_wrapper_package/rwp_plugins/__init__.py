"""Plugin registry: modules register text transforms with @plugin(name)."""
import functools
import time

REGISTRY = {}
TIMINGS = {}


def plugin(name):
    def decorate(fn):
        @functools.wraps(fn)
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                TIMINGS[name] = time.perf_counter() - start

        REGISTRY[name] = timed
        return fn  # keep the plain function importable for unit tests

    return decorate


from . import rwp_text, rwp_numbers  # noqa: E402,F401  (populate REGISTRY)
