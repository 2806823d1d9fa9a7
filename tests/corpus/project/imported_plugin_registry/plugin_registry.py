import time

PLUGINS = {}


def plugin(name):
    def decorate(fn):
        def timed(*args, **kwargs):
            start = time.perf_counter()
            out = fn(*args, **kwargs)
            return out, time.perf_counter() - start

        PLUGINS[name] = timed
        return timed

    return decorate
