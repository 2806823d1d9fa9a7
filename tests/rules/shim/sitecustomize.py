"""Makes PICKLECHECK_TEST_START_METHOD the default start method of the program under test.

Only the default changes: explicit get_context()/set_start_method() calls still win, exactly
like a platform whose default differs.
"""

import os

_method = os.environ.get("PICKLECHECK_TEST_START_METHOD")
if _method:
    import multiprocessing.context as _context

    _context._default_context._default_context = _context._concrete_contexts[_method]
