"""concurrent.futures: ProcessPoolExecutor and Python 3.14's InterpreterPoolExecutor.

ProcessPoolExecutor's sinks live in `engine/sinks.py`; `mp_context=get_context("fork")` and
friends pin its start method (`engine/startmethods.py`).

InterpreterPoolExecutor (3.14) runs each worker in its own interpreter of the same process and
sends the function, arguments and initializer there by pickling them. Only what certainly fails
is reported: a lambda or a local function or class, which pickle cannot find by name in any
interpreter (see picklers.Pickler.SUBINTERPRETER). No start method applies.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import Pickled, SinkCall, argument
from picklecheck.engine.providers.base import Provider, pool_calls
from picklecheck.engine.providers.picklers import Pickler

MENTIONS = ("concurrent", "Executor")
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("InterpreterPoolExecutor",)

_INTERPRETER_POOL = frozenset(
    {
        "concurrent.futures.InterpreterPoolExecutor",
        "concurrent.futures.interpreter.InterpreterPoolExecutor",
    }
)
_METHODS = frozenset({"submit", "map"})
_LABEL = "InterpreterPoolExecutor"


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    for call, method in pool_calls(module, facade, _INTERPRETER_POOL, _METHODS):
        yield _initializer_sink(call) if method is None else _task_sink(call, method)


def _sink(call: nodes.Call, what: str) -> SinkCall:
    sink = SinkCall(call, f"{_INTERPRETER_POOL_QNAME}.{what}", f"{_LABEL}.{what}", None)
    sink.pickler = Pickler.SUBINTERPRETER
    return sink


_INTERPRETER_POOL_QNAME = "concurrent.futures.interpreter.InterpreterPoolExecutor"


def _initializer_sink(call: nodes.Call) -> SinkCall:
    sink = _sink(call, "__init__")
    initializer = argument(call, 2, "initializer")
    if initializer is not None:
        sink.pickled.append(Pickled("the initializer", initializer, "value", kb.ALWAYS))
    return sink


def _task_sink(call: nodes.Call, method: str) -> SinkCall:
    sink = _sink(call, method)
    if call.args:
        sink.pickled.append(Pickled("the worker function", call.args[0], "value", kb.ALWAYS))
    return sink


PROVIDER = Provider("concurrent.futures", Pickler.PICKLE, MENTIONS, (), find_sinks, CALLS)
