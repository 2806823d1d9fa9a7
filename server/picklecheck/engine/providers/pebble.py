"""pebble: `ProcessPool(max_workers=..., initializer=..., initargs=...)`, whose
`schedule(f, args=[...], kwargs={...})` and `map(f, *iterables)` send `f`, its arguments (or
each item) and the result through pipes to and from the workers, pickled under every start
method (pebble sends every task, forked workers included).
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import (
    Pickled,
    SinkCall,
    add_task,
    argument,
    keyword_value,
)
from picklecheck.engine.providers.base import Provider, pool_calls
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("pebble",)
# Calls a check of this provider starts from (analyzer.calls_a_candidate).
CALLS = ("ProcessPool",)

_POOLS = frozenset(
    {"pebble.ProcessPool", "pebble.pool.ProcessPool", "pebble.pool.process.ProcessPool"}
)
_METHODS = frozenset({"schedule", "map"})
_LABEL = "pebble ProcessPool"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call, method in pool_calls(module, facade, _POOLS, _METHODS):
        sink = _initializer_sink(call) if method is None else _task_sink(call, method)
        if sink is not None:
            yield sink


def _sink(call: nodes.Call, what: str) -> SinkCall:
    sink = SinkCall(call, f"pebble.ProcessPool.{what}", f"{_LABEL}.{what}", None)
    sink.pickler = Pickler.PICKLE
    return sink


def _initializer_sink(call: nodes.Call) -> SinkCall | None:
    initializer = argument(call, 2, "initializer")
    if initializer is None:
        return None
    sink = _sink(call, "__init__")
    sink.pickled.append(Pickled("the initializer", initializer, "value", kb.CHILD_ONLY, True))
    initargs = argument(call, 3, "initargs")
    if initargs is not None:
        role = "the initializer arguments"
        sink.pickled.append(Pickled(role, initargs, "items", kb.CHILD_ONLY, True))
    return sink


def _task_sink(call: nodes.Call, method: str) -> SinkCall:
    sink = _sink(call, method)
    function, *rest = call.args
    if method == "map":  # its keywords (timeout, chunksize) stay here
        add_task(sink, function, items=rest)
        return sink
    add_task(sink, function)
    arguments = argument(call, 1, "args")
    if arguments is not None:
        sink.pickled.append(Pickled("a task argument", arguments, "items", kb.ALWAYS))
    keywords = keyword_value(call, "kwargs") or (call.args[2] if len(call.args) > 2 else None)
    if keywords is not None:
        sink.pickled.append(Pickled("the keyword arguments", keywords, "value", kb.ALWAYS))
    return sink


PROVIDER = Provider("pebble", Pickler.PICKLE, MENTIONS, (), find_sinks, CALLS)
