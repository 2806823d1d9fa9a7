"""pebble: `ProcessPool(max_workers=..., initializer=..., initargs=...)`, whose
`schedule(f, args=[...], kwargs={...})` and `map(f, *iterables)` send `f`, its arguments (or
each item) and the result through pipes to and from the workers, pickled under every start
method (pebble sends every task, forked workers included).
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade, call_name, called_names
from picklecheck.engine.boundary import (
    Pickled,
    SinkCall,
    add_task,
    argument,
    called_as,
    creating_call,
    keyword_value,
)
from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.picklers import Pickler
from picklecheck.engine.tree_memo import nodes_in

MENTIONS = ("pebble",)
# Calls a check of this provider starts from (analyzer.calls_a_candidate).
CALLS = ("ProcessPool",)

_POOLS = frozenset(
    {"pebble.ProcessPool", "pebble.pool.ProcessPool", "pebble.pool.process.ProcessPool"}
)
_LABEL = "pebble ProcessPool"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    if "ProcessPool" not in called_names(module):
        return  # the cheap test first
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        name = call_name(call.func)
        if name == "ProcessPool" and called_as(call, _POOLS):
            sink = _initializer_sink(call)
            if sink is not None:
                yield sink
        elif name in ("schedule", "map") and isinstance(call.func, nodes.Attribute) and call.args:
            creation = creating_call(call.func.expr)
            if creation is not None and called_as(creation, _POOLS):
                yield _task_sink(call, name)


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
