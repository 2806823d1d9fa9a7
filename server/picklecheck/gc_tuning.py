"""Garbage-collector thresholds for the CLI's processes, and the server's cold analyses.

astroid creates hundreds of thousands of small objects per file. With Python's default
thresholds (700, 10, 10) the cyclic collector ran so often that it took about 40% of a cold
`picklecheck check` of the benchmark corpus, while freeing little: trees live on in astroid's
module cache. Fewer young-generation collections cut that to a few percent at the same peak
memory (docs/performance.md). The language server keeps the defaults: it analyses little
after an edit, and a long session's memory stayed flatter with them (1.21x against 1.53x after
5,000 edits); it postpones collections only while it builds what stays (its warm-up and a
document's first analysis, see `collections_postponed`). Applications call this; the engine,
a library, leaves process-wide state alone.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

# A young collection after a million net new container objects: about one per 15k lines
# analysed. At 200,000 the collector still took ~3% of a cold check of the benchmark corpus,
# and the trees it walked stay alive in astroid's cache anyway (peak memory +5% at 1M).
THRESHOLDS = (1_000_000, 50, 1000)


def tune_garbage_collection() -> None:
    gc.set_threshold(*THRESHOLDS)


@contextlib.contextmanager
def collections_postponed() -> Iterator[None]:
    """The CLI's thresholds for a while, then the ones before. For building trees that stay
    (astroid's module cache): collections then find little to free, and with the default
    thresholds took a third of a cold server's first analysis of a 6k-line file."""
    previous = gc.get_threshold()
    gc.set_threshold(*THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


# Files between two full collections of a process that freezes survivors after each file.
FULL_COLLECTION_EVERY = 500


class SurvivorFreezer:
    """After each file a CLI worker analyses, what is still alive (the file's tree and the
    modules it imported, kept in astroid's cache) is frozen, so young-generation collections
    stop walking it again: they were a tenth of a cold check of the benchmark corpus. Cyclic
    garbage frozen with it is freed by a full collection every FULL_COLLECTION_EVERY files
    (peak memory over the standard library's 2,000 analysed files: +5% without it)."""

    def __init__(self) -> None:
        self.files = 0

    def file_done(self) -> None:
        self.files += 1
        if self.files % FULL_COLLECTION_EVERY == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()
