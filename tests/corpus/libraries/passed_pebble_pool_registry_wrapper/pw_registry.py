TASKS = {}


def task(name):
    """Registers a function under a task name; the wrapper counts calls."""

    def register(fn):
        def runner(*args, **kwargs):
            runner.calls += 1
            return fn(*args, **kwargs)

        runner.calls = 0
        TASKS[name] = runner
        return runner

    return register
