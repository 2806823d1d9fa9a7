import contextlib
import os
import tempfile


@contextlib.contextmanager
def temp_files_ctx(num):
    """Yields the names of `num` temporary files, removed afterwards."""
    names = [tempfile.mkstemp()[1] for _ in range(num)]
    try:
        yield tuple(names)
    finally:
        for name in names:
            os.remove(name)
