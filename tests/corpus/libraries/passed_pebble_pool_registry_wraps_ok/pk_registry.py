import functools

TASKS = {}


def task(name):
    """Registers a function under a task name; functools.wraps keeps its module-level name."""

    def register(fn):
        @functools.wraps(fn)
        def runner(*args, **kwargs):
            return fn(*args, **kwargs)

        TASKS[name] = runner
        return runner

    return register
