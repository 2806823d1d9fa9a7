"""The server's collector settings around cold work (gc_tuning, lsp/memory.py).

Run in a fresh interpreter: freezing objects and changing thresholds are process-wide.
"""

from __future__ import annotations

import json
import sys

from tests.bounded import run_bounded

SCRIPT = r"""
import gc, json
import astroid
from picklecheck.gc_tuning import THRESHOLDS, collections_postponed
from picklecheck.lsp import memory

report = {"default": list(gc.get_threshold())}
with collections_postponed():
    report["inside"] = list(gc.get_threshold())
try:
    with collections_postponed():
        raise ValueError
except ValueError:
    pass
report["after_error"] = list(gc.get_threshold())
memory.warm_up_and_keep()
report["frozen"] = gc.get_freeze_count()
report["threshold_after_warm_up"] = list(gc.get_threshold())
report["warm"] = "multiprocessing.pool" in astroid.MANAGER.astroid_cache
memory.clear_all_caches()
report["frozen_after_clear"] = gc.get_freeze_count()
report["cli_thresholds"] = list(THRESHOLDS)
print(json.dumps(report))
"""


def test_cold_work_postpones_collections_and_the_warm_up_is_frozen_until_a_clear() -> None:
    done = run_bounded([sys.executable, "-c", SCRIPT])
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["inside"] == report["cli_thresholds"] != report["default"]
    assert report["after_error"] == report["default"]
    assert report["threshold_after_warm_up"] == report["default"]
    assert report["warm"]
    assert report["frozen"] > 100_000  # the standard-library trees of the warm-up
    assert report["frozen_after_clear"] == 0
