"""mpire: `WorkerPool(n_jobs=..., start_method="fork", use_dill=False, shared_objects=...)`,
whose `map`/`imap`/`map_unordered`/`imap_unordered(f, iterable_of_args)` and
`apply`/`apply_async(f, args=..., kwargs=...)` send each item (or the arguments) through
queues under every start method, and the result back. The function and the shared objects go
with the child processes: copied by fork (mpire's own default, whatever the platform's), pickled
under `start_method="spawn"`/`"forkserver"`, like the `worker_init=`/`worker_exit=` functions
a map is given. `use_dill=True` pickles with dill (multiprocess).
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import (
    Pickled,
    SinkCall,
    argument,
    creating_call,
    keyword_value,
    literal,
)
from picklecheck.engine.model import StartMethod
from picklecheck.engine.providers.base import Provider, pool_calls
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("mpire",)
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("WorkerPool",)

_POOLS = frozenset({"mpire.WorkerPool", "mpire.pool.WorkerPool"})
_MAPS = frozenset({"map", "imap", "map_unordered", "imap_unordered"})
_APPLIES = frozenset({"apply", "apply_async"})
_LABEL = "mpire WorkerPool"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call, method in pool_calls(module, facade, _POOLS, _MAPS | _APPLIES):
        pool = creating_call(call.func.expr) if method is not None else None
        if method is not None and pool is not None:
            yield _task_sink(call, method, pool)


def _task_sink(call: nodes.Call, method: str, pool: nodes.Call) -> SinkCall:
    sink = SinkCall(call, f"mpire.WorkerPool.{method}", f"{_LABEL}.{method}", None)
    sink.pickler = (
        Pickler.DILL if literal(keyword_value(pool, "use_dill")) is True else Pickler.PICKLE
    )
    sink.start_method = _start_method(pool)
    sink.rebuilds_exceptions = True  # mpire 2.x: (type, args, __dict__), no __init__ call
    function = call.args[0]
    sink.pickled.append(Pickled("the worker function", function, "value", kb.CHILD_ONLY))
    sink.pickled.append(Pickled("the worker's result", function, "worker", kb.ALWAYS))
    if method in _MAPS:
        items = argument(call, 1, "iterable_of_args")
        if items is not None:
            sink.pickled.append(Pickled("each task item", items, "items", kb.ALWAYS))
    else:
        arguments = argument(call, 1, "args")
        if arguments is not None:
            sink.pickled.append(Pickled("a task argument", arguments, "items", kb.ALWAYS))
        keywords = argument(call, 2, "kwargs")
        if keywords is not None:
            sink.pickled.append(Pickled("the keyword arguments", keywords, "value", kb.ALWAYS))
    for hook in ("worker_init", "worker_exit"):  # sent with the function to each child
        given = keyword_value(call, hook)
        if given is not None:
            sink.pickled.append(Pickled(f"the {hook} function", given, "value", kb.CHILD_ONLY))
    shared = keyword_value(pool, "shared_objects")
    if shared is not None:
        sink.pickled.append(Pickled("the shared objects", shared, "value", kb.CHILD_ONLY, True))
    return sink


def _start_method(pool: nodes.Call) -> StartMethod | None:
    """mpire starts its workers by fork unless told otherwise (not the platform's default);
    a start method it cannot read is left to the configuration."""
    given = keyword_value(pool, "start_method")
    if given is None:
        return StartMethod.FORK
    value = literal(given)
    if value == "threading":
        return None
    return kb.start_method_named(value) if isinstance(value, str) else None


PROVIDER = Provider("mpire", Pickler.PICKLE, MENTIONS, (), find_sinks, CALLS)
