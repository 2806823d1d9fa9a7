"""Makes PICKLECHECK_TEST_START_METHOD the default start method of the program under test,
and lets the runner ask a hung program where it waits.

Python imports `sitecustomize` at start-up when it is on PYTHONPATH. Only the *default*
context changes: explicit `get_context(...)` / `set_start_method(...)` in the program still
win, just as on a platform whose default differs. concurrent.futures picks up the same default
because ProcessPoolExecutor asks `multiprocessing.get_context()` when no mp_context is given.
"""

import faulthandler
import os
import signal

# The runner asks a program it judges hung for every thread's stack (SIGUSR1) before killing
# it, so that a hang is explained by where it waits.
faulthandler.register(signal.SIGUSR1, all_threads=True)

_method = os.environ.get("PICKLECHECK_TEST_START_METHOD")
if _method:
    import multiprocessing.context as _context

    _context._default_context._default_context = _context._concrete_contexts[_method]

    # multiprocess (used by pathos) is a copy of multiprocessing with its own default context:
    # set it the same way once the program imports it, without importing it here.
    import importlib.abc
    import importlib.machinery
    import sys

    class _DefaultContextSetter(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
            if name != "multiprocess.context":
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            execute = spec.loader.exec_module

            def exec_module(module):  # type: ignore[no-untyped-def]
                execute(module)
                module._default_context._default_context = module._concrete_contexts[_method]

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, _DefaultContextSetter())
