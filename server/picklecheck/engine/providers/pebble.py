"""pebble: `ProcessPool(max_workers=..., initializer=..., initargs=...)`, whose
`schedule(f, args=[...], kwargs={...})`, `submit(f, timeout, *args, **kwargs)` and
`map(f, *iterables)` send `f`, its arguments (or each item) and the result through pipes to
and from the workers, pickled under every start method (pebble sends every task, forked
workers included); and functions decorated with `@concurrent.process`, each call of which
runs in a new process (arguments pickled when it is spawned, the result always).
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
    called_as,
    creating_call,
    keyword_value,
)
from picklecheck.engine.flow.syntax import calls_of, syntactic_names
from picklecheck.engine.providers.base import Provider, pool_calls
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("pebble",)
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("ProcessPool",)

_POOLS = frozenset(
    {"pebble.ProcessPool", "pebble.pool.ProcessPool", "pebble.pool.process.ProcessPool"}
)
_METHODS = frozenset({"schedule", "map", "submit"})
# `@concurrent.process` runs each call of the function in a new process: its arguments are
# pickled when that process is spawned, its result always on the way back.
_CONCURRENT_PROCESS = frozenset({"pebble.concurrent.process", "pebble.concurrent.process.process"})
_LABEL = "pebble ProcessPool"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call, method in pool_calls(module, facade, _POOLS, _METHODS):
        sink = _initializer_sink(call) if method is None else _task_sink(call, method)
        if sink is not None:
            yield sink
    yield from _concurrent_process_sinks(module)


def _concurrent_process_sinks(module: nodes.Module) -> Iterator[SinkCall]:
    """Calls of the module's functions decorated with `@concurrent.process(...)`."""
    for function in module.body:
        if not isinstance(function, nodes.FunctionDef) or not _runs_in_a_process(function):
            continue
        for call in calls_of(function):
            sink = SinkCall(call, "pebble.concurrent.process", "pebble concurrent.process", None)
            sink.pickler = Pickler.PICKLE
            for value in [*call.args, *(k.value for k in call.keywords or [])]:
                if not isinstance(value, nodes.Starred):
                    sink.pickled.append(Pickled("a task argument", value, "value", kb.CHILD_ONLY))
            sink.pickled.append(Pickled("the worker's result", call.func, "worker", kb.ALWAYS))
            yield sink


def _runs_in_a_process(function: nodes.FunctionDef) -> bool:
    for decorator in function.decorators.nodes if function.decorators else []:
        spelled = decorator.func if isinstance(decorator, nodes.Call) else decorator
        if syntactic_names(spelled) & _CONCURRENT_PROCESS:
            return True
    return False


def _sink(call: nodes.Call, what: str, receiver: nodes.NodeNG | None = None) -> SinkCall:
    sink = SinkCall(call, f"pebble.ProcessPool.{what}", f"{_LABEL}.{what}", receiver)
    sink.pickler = Pickler.PICKLE
    return sink


def _initializer_sink(call: nodes.Call) -> SinkCall | None:
    initializer = argument(call, 2, "initializer")
    if initializer is None:
        return None
    # the pool's own call is the receiver: its `context=` fixes the start method
    sink = _sink(call, "__init__", receiver=call)
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
    if method == "submit":  # submit(function, timeout, /, *args, **kwargs)
        for value in [*call.args[2:], *(k.value for k in call.keywords or [])]:
            sink.pickled.append(Pickled("a task argument", value, "value", kb.ALWAYS))
        return sink
    arguments = argument(call, 1, "args")
    if arguments is not None:
        sink.pickled.append(Pickled("a task argument", arguments, "items", kb.ALWAYS))
    keywords = keyword_value(call, "kwargs") or (call.args[2] if len(call.args) > 2 else None)
    if keywords is not None:
        sink.pickled.append(Pickled("the keyword arguments", keywords, "value", kb.ALWAYS))
    return sink


def passed_pool_sink(call: nodes.Call, passed: nodes.NodeNG) -> SinkCall | None:
    """`pool.schedule(f, ...)` on a parameter the caller fills with a pebble ProcessPool."""
    method = call.func.attrname if isinstance(call.func, nodes.Attribute) else ""
    creation = creating_call(passed)
    if method not in _METHODS or not call.args or creation is None:
        return None
    return _task_sink(call, method) if called_as(creation, _POOLS) else None


PROVIDER = Provider(
    "pebble", Pickler.PICKLE, MENTIONS, (), find_sinks, CALLS, passed_pool_sink=passed_pool_sink
)
