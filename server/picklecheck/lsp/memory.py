"""Bounding astroid's memory in a long editing session.

astroid memoises inference results in process-wide caches keyed by tree nodes. Each analysis of
an edited text builds a new tree, and the cached results keep every old tree alive: memory grows
with each edit (about 0.3 MB per analysis of a 200-line file). Forgetting those results after
each analysis keeps memory flat while the parsed standard-library modules, which are expensive
to rebuild, stay cached. The full clear runs only when what imports resolve to changes (another
interpreter, a saved dependency): rebuilding every tree raises the RSS high-water mark (the old
trees' memory is fragmented), so doing it periodically would cost more memory than it saves.
"""

from __future__ import annotations

import contextlib
import gc

from picklecheck.engine import astroid_facade
from picklecheck.gc_tuning import collections_postponed


def forget_inference_results() -> None:
    """Drop astroid's per-node inference memos (cheap; the module cache survives)."""
    with contextlib.suppress(Exception):  # a failed cleanup must not cost the next analysis
        astroid_facade.forget_inference()


def warm_up_and_keep() -> None:
    """In the analysis thread, before the first analysis: build the standard-library modules
    every analysis reads, then hide them from the cyclic collector (`gc.freeze`). They live as
    long as astroid's cache, and each full collection walked them again."""
    with contextlib.suppress(Exception), collections_postponed():
        astroid_facade.warm_up()
    gc.freeze()


def clear_all_caches() -> None:
    """Everything astroid holds, then the cyclic garbage (astroid trees link to parents),
    the frozen warm-up included."""
    with contextlib.suppress(Exception):  # a failed cleanup must not cost the next analysis
        astroid_facade.clear_caches()
    gc.unfreeze()
    gc.collect()
