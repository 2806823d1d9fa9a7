"""What a boundary provider declares: its pickler, the words that reveal it, the modules that
mirror multiprocessing's API, and its own sink calls. Each provider module declares one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import SinkCall
from picklecheck.engine.providers.picklers import Pickler


@dataclass(frozen=True)
class Provider:
    name: str  # as shown in messages: "joblib.Parallel", "multiprocess"
    pickler: Pickler
    # Words whose absence from a file's text proves the library is not used (the prefilter).
    mentions: tuple[str, ...]
    # Modules that re-export multiprocessing's API: their Pool, Process, Queue, ... are judged
    # by the standard-library sinks, with this provider's pickler.
    mirrors: tuple[str, ...] = ()
    # The provider's own sinks (calls multiprocessing has no equivalent of), and the names
    # they are called by, as `name(` or `.name(` (analyzer.calls_a_candidate).
    find: Callable[[nodes.Module, Facade], Iterator[SinkCall]] | None = None
    calls: tuple[str, ...] = ()
