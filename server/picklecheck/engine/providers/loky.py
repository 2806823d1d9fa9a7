"""loky (also vendored by joblib as `joblib.externals.loky`): a process pool executor whose
workers are fresh interpreters, fed through cloudpickle.

`get_reusable_executor(...)` and `ProcessPoolExecutor(...)` give an executor whose
`submit(f, *args, **kwargs)` and `map(f, *iterables)` send `f`, the arguments or items, and
each result, and whose `initializer=`/`initargs=` go to every worker. cloudpickle copies
lambdas and local functions, so only what it rejects is reported (locks, binary or write-mode
files, generators, ...: picklers.py); the start method is always a fresh interpreter.
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
    keyword_value,
)
from picklecheck.engine.model import StartMethod
from picklecheck.engine.providers.base import Provider, pool_calls
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("loky",)
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("get_reusable_executor", "ProcessPoolExecutor")

_PACKAGES = ("loky", "joblib.externals.loky")
_EXECUTORS = frozenset(
    f"{package}.{name}"
    for package in _PACKAGES
    for name in (
        "get_reusable_executor",
        "reusable_executor.get_reusable_executor",
        "ProcessPoolExecutor",
        "process_executor.ProcessPoolExecutor",
    )
)
_METHODS = frozenset({"submit", "map"})
_LABEL = "loky ProcessPoolExecutor"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call, method in pool_calls(module, facade, _EXECUTORS, _METHODS):
        sink = _initializer_sink(call) if method is None else _task_sink(call, method)
        if sink is not None:
            yield sink


def _sink(call: nodes.Call, what: str) -> SinkCall:
    sink = SinkCall(call, f"loky.ProcessPoolExecutor.{what}", f"{_LABEL}.{what}", None)
    sink.pickler = Pickler.CLOUDPICKLE
    sink.start_method = StartMethod.SPAWN  # loky workers are fresh interpreters
    return sink


def _initializer_sink(call: nodes.Call) -> SinkCall | None:
    initializer = keyword_value(call, "initializer")
    if initializer is None:
        return None
    sink = _sink(call, "__init__")
    sink.pickled.append(Pickled("the initializer", initializer, "value", kb.ALWAYS))
    initargs = keyword_value(call, "initargs")
    if initargs is not None:
        sink.pickled.append(Pickled("the initializer arguments", initargs, "value", kb.ALWAYS))
    return sink


def _task_sink(call: nodes.Call, method: str) -> SinkCall:
    sink = _sink(call, method)
    function, *rest = call.args
    if method == "map":  # its keywords (timeout, chunksize) stay here
        add_task(sink, function, items=rest)
    else:
        keywords = [k.value for k in call.keywords or [] if k.arg is not None]
        add_task(sink, function, arguments=[*rest, *keywords])
    return sink


PROVIDER = Provider("loky", Pickler.CLOUDPICKLE, MENTIONS, (), find_sinks, CALLS)
