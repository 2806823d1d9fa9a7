"""Makes PICKLECHECK_TEST_START_METHOD the default start method of the program under test.

Python imports `sitecustomize` at start-up when it is on PYTHONPATH. Only the *default*
context changes: explicit `get_context(...)` / `set_start_method(...)` in the program still
win, just as on a platform whose default differs. concurrent.futures picks up the same default
because ProcessPoolExecutor asks `multiprocessing.get_context()` when no mp_context is given.
"""

import os

_method = os.environ.get("PICKLECHECK_TEST_START_METHOD")
if _method:
    import multiprocessing.context as _context

    _context._default_context._default_context = _context._concrete_contexts[_method]
