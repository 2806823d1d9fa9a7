"""The CLI's workers freeze what survives each file and free frozen garbage now and then
(picklecheck/gc_tuning.SurvivorFreezer). Run in a fresh interpreter: freezing is process-wide."""

from __future__ import annotations

import json
import sys

from tests.bounded import run_bounded

SCRIPT = r"""
import gc, json, weakref
from picklecheck.gc_tuning import FULL_COLLECTION_EVERY, SurvivorFreezer

class Node:
    pass

def cyclic_garbage():
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)

freezer = SurvivorFreezer()
garbage = cyclic_garbage()
freezer.file_done()
report = {"frozen": gc.get_freeze_count() > 0}
gc.collect()
report["kept_while_frozen"] = garbage() is not None
for _ in range(FULL_COLLECTION_EVERY - 1):
    freezer.file_done()
report["freed_by_the_full_collection"] = garbage() is None
report["frozen_again"] = gc.get_freeze_count() > 0
print(json.dumps(report))
"""


def test_survivors_are_frozen_and_frozen_garbage_is_freed_periodically() -> None:
    done = run_bounded([sys.executable, "-c", SCRIPT])
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "frozen": True,
        "kept_while_frozen": True,
        "freed_by_the_full_collection": True,
        "frozen_again": True,
    }
