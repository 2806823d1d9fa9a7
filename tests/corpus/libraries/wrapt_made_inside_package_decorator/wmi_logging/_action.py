import json
import sys
from contextlib import contextmanager

import wrapt


@contextmanager
def start_action(action_type, **fields):
    print(json.dumps({"action_type": action_type, "status": "started", **fields}), file=sys.stderr)
    yield
    print(json.dumps({"action_type": action_type, "status": "succeeded"}), file=sys.stderr)


def log_call(wrapped_function=None, action_type=None, include_result=True):
    """Logs the inputs and the result of each call of the decorated function."""
    if wrapped_function is None:
        return lambda f: log_call(f, action_type, include_result)

    if action_type is None:
        action_type = f"{wrapped_function.__module__}.{wrapped_function.__qualname__}"

    @wrapt.decorator
    def logging_wrapper(wrapped, instance, args, kwargs):
        with start_action(action_type, args=[repr(a) for a in args]):
            return wrapped(*args, **kwargs)

    return logging_wrapper(wrapped_function)
