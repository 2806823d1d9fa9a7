"""multiprocess and pathos: multiprocessing's API with dill instead of pickle.

- `multiprocess` is a fork of multiprocessing (a mirror: the standard-library sinks apply),
  and so is `pathos.multiprocessing`'s `Pool`.
- pathos's `ProcessPool`/`ProcessingPool(nodes=N)` wraps a multiprocess pool:
  `map/imap/uimap/amap(f, *iterables)` and `pipe/apipe(f, *args)` send `f`, the items or
  arguments, and the result.
dill copies lambdas, local functions, locks and open files, so only what dill is known to
reject is reported (see picklers.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade, called_names
from picklecheck.engine.boundary import SinkCall, add_task, called_as, creating_call
from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.picklers import Pickler
from picklecheck.engine.tree_memo import nodes_in

MENTIONS = ("multiprocess", "pathos")
MIRRORS = ("multiprocess", "pathos.multiprocessing")
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("ProcessPool", "ProcessingPool", "uimap", "amap", "imap", "pipe", "apipe")

_POOL_CLASSES = ("ProcessPool", "ProcessingPool")
_PATHOS_POOLS = frozenset(
    f"pathos.{module}.{name}" for module in ("multiprocessing", "pools") for name in _POOL_CLASSES
)
_MAP_METHODS = frozenset({"map", "imap", "uimap", "amap"})
_PIPE_METHODS = frozenset({"pipe", "apipe"})


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    calls = nodes_in(module, nodes.Call)
    if not called_names(module) & set(_POOL_CLASSES):
        return  # the cheap test first: a name lookup per call costs more
    for call in calls:
        if facade.out_of_time():
            return
        func = call.func
        if not (isinstance(func, nodes.Attribute) and call.args):
            continue
        if func.attrname not in _MAP_METHODS | _PIPE_METHODS:
            continue
        creation = creating_call(func.expr)
        if creation is not None and called_as(creation, _PATHOS_POOLS):
            yield _pathos_sink(call, func.attrname)


def _pathos_sink(call: nodes.Call, method: str) -> SinkCall:
    sink = SinkCall(
        call, f"pathos.pools.ProcessPool.{method}", f"pathos ProcessPool.{method}", None
    )
    sink.pickler = Pickler.DILL
    function, *rest = call.args
    if method in _MAP_METHODS:
        add_task(sink, function, items=rest)
    else:
        add_task(sink, function, arguments=rest)
    return sink


PROVIDER = Provider("multiprocess", Pickler.DILL, MENTIONS, MIRRORS, find_sinks, CALLS)
