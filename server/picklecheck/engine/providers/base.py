"""What a boundary provider declares: its pickler, the words that reveal it, the modules that
mirror multiprocessing's API, and its own sink calls. Each provider module declares one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade, call_name, called_names
from picklecheck.engine.boundary import SinkCall, called_as, creating_call
from picklecheck.engine.providers.picklers import Pickler
from picklecheck.engine.tree_memo import nodes_in


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
    # they are called by, as `name(` or `.name(` (prefilter.calls_a_candidate).
    find: Callable[[nodes.Module, Facade], Iterator[SinkCall]] | None = None
    calls: tuple[str, ...] = ()
    # `pool.schedule(f, ...)` in a function of another module whose `pool` parameter the caller
    # fills with the given value: the sink when that value is this library's pool.
    passed_pool_sink: Callable[[nodes.Call, nodes.NodeNG], SinkCall | None] | None = None


def pool_calls(
    module: nodes.Module, facade: Facade, pools: frozenset[str], methods: frozenset[str]
) -> Iterator[tuple[nodes.Call, str | None]]:
    """A library pool's calls in source order: each call making one (`pools`: qualified names,
    read from the imports), with None; each call of one of `methods` on a pool made so (bound by
    `=` or `with`, or made on the spot), with the method's name."""
    makers = frozenset(pool.rsplit(".", 1)[1] for pool in pools)
    if not called_names(module) & makers:
        return  # the cheap test first: a name lookup per call costs more
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        name = call_name(call.func)
        if name in makers and called_as(call, pools):
            yield call, None
        elif name in methods and isinstance(call.func, nodes.Attribute) and call.args:
            creation = creating_call(call.func.expr)
            if creation is not None and called_as(creation, pools):
                yield call, name
