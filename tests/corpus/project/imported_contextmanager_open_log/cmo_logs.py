import contextlib
import os
import tempfile


@contextlib.contextmanager
def opened_log():
    """Yields a log file opened for appending, closed and removed afterwards."""
    handle, name = tempfile.mkstemp(suffix=".log")
    os.close(handle)
    log = open(name, "a")
    try:
        yield log
    finally:
        log.close()
        os.remove(name)
