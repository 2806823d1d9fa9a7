"""DEAP: its algorithms (`algorithms.eaSimple(population, toolbox, ...)`, `eaMuPlusLambda`,
`eaMuCommaLambda`, `eaGenerateUpdate`) evaluate the individuals with
`toolbox.map(toolbox.evaluate, individuals)`. After `toolbox.register("map", pool.map)` (the
way DEAP's documentation parallelises) that is a process pool's map: it pickles the registered
evaluation, a `functools.partial` of the function with the arguments given to `register`, and
every individual, whatever the start method. `toolbox.map(...)` written in the program itself
is followed by the method sinks (engine/flow/registrations.py).

DEAP need not be installed: the algorithms and `base.Toolbox` are recognised by their names
as imported. Individuals of `creator` classes pickle under every start method since DEAP 1.4.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import Facade, call_name, called_names
from picklecheck.engine.boundary import Pickled, SinkCall, argument, called_as, creating_call
from picklecheck.engine.flow.registrations import registration
from picklecheck.engine.providers.base import Provider
from picklecheck.engine.providers.picklers import Pickler
from picklecheck.engine.tree_memo import nodes_in

MENTIONS = ("deap",)
# Calls a check of this provider starts from (prefilter.calls_a_candidate).
CALLS = ("eaSimple", "eaMuPlusLambda", "eaMuCommaLambda", "eaGenerateUpdate")

_ALGORITHMS = frozenset(f"deap.algorithms.{name}" for name in CALLS)
# Pools whose `map` registered on the toolbox makes the evaluation cross a process boundary.
_PROCESS_POOLS = kb.POOL_FACTORIES | {
    "concurrent.futures.ProcessPoolExecutor",
    kb.EXECUTOR_CLASS,
}


def find_sinks(module: nodes.Module, facade: Facade) -> Iterator[SinkCall]:
    if not called_names(module) & set(CALLS):
        return
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        if call_name(call.func) in CALLS and called_as(call, _ALGORITHMS):
            sink = _algorithm_sink(call)
            if sink is not None:
                yield sink


def _algorithm_sink(call: nodes.Call) -> SinkCall | None:
    toolbox = argument(call, 1, "toolbox")
    mapped = registration(toolbox, "map") if toolbox is not None else None
    evaluate = registration(toolbox, "evaluate") if toolbox is not None else None
    if mapped is None or evaluate is None or not isinstance(mapped.function, nodes.Attribute):
        return None
    pool = mapped.function.expr
    made = creating_call(pool)
    if made is None or not called_as(made, _PROCESS_POOLS):
        return None
    algorithm = call_name(call.func)
    label = f"{algorithm} (through `toolbox.map`, registered as `{mapped.function.as_string()}`)"
    sink = SinkCall(call, f"deap.algorithms.{algorithm}", label, pool)
    every = kb.ALWAYS
    sink.pickled.append(Pickled("the evaluation function", evaluate.function, "value", every))
    sink.pickled.append(Pickled("the evaluation's result", evaluate.function, "worker", every))
    for extra in evaluate.extras:
        sink.pickled.append(Pickled("an argument registered with it", extra, "value", every))
    population = argument(call, 0, "population")
    if population is not None:
        sink.pickled.append(Pickled("each individual", population, "items", every))
    return sink


PROVIDER = Provider("deap", Pickler.PICKLE, MENTIONS, (), find_sinks, CALLS)
