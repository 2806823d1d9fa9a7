"""Put on PYTHONPATH to run a program under the start method PICKLECHECK_E2E_START_METHOD.

Only for programs that do not choose a start method themselves (the demo workspace's)."""

import os

_method = os.environ.get("PICKLECHECK_E2E_START_METHOD")
if _method:
    import multiprocessing

    multiprocessing.set_start_method(_method, force=True)
