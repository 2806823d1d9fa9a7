"""Boundaries in another module of the project that pickle what a call here passes.

`launch(threading.Lock())` in main.py, where launcher.py defines `launch(x)` as
`Process(target=f, args=(x,)).start()`: analysing launcher.py alone, `x` is unknown (no call
of `launch` there); analysing main.py, the lock is known but no boundary is in sight. A
module-level function of another project module whose parameter goes straight into a
boundary call (as the pickled value, or an item of a literal tuple or list of it) forwards
it: the caller's argument is judged in the caller's file and reported there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import Pickled, SinkCall
from picklecheck.engine.flow.project import (
    is_project_import,
    is_project_module,
    module_attribute_definitions,
    named_function,
)
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

# Boundary values a forwarded parameter may be: the value itself, or each task item.
_FORWARDED_MODES = ("value", "items")


@dataclass(frozen=True)
class Forward:
    """A parameter of `function` that its boundary call `sink` pickles as `pickled`."""

    function: nodes.FunctionDef
    parameter: str
    sink: SinkCall
    pickled: Pickled


def forwarding_calls(
    module: nodes.Module, facade: Facade
) -> Iterator[tuple[nodes.Call, list[Forward]]]:
    """Calls in `module` of functions of other project modules that forward a parameter."""
    imported = _imported_project_names(module)
    if not imported:
        return
    for call in nodes_in(module, nodes.Call):
        if facade.out_of_time():
            return
        root = call.func.expr if isinstance(call.func, nodes.Attribute) else call.func
        if not (isinstance(root, nodes.Name) and root.name in imported):
            continue
        function = _other_module_function(call.func, module)
        if function is not None:
            found = forwards(function, facade)
            if found:
                yield call, found


def forwards(function: nodes.FunctionDef, facade: Facade) -> list[Forward]:
    """The parameters `function` hands to a boundary call of its own body (remembered)."""
    known: list[Forward] | None = remembered(function, "forwards")
    if known is not None:
        return known
    remember(function, "forwards", [])  # a cycle through imports ends here
    arguments = function.args
    parameters = {a.name for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]}
    found = []
    for sink in _sinks_of(function.root(), facade):
        if sink.call.frame() is not function:
            continue
        for pickled in sink.pickled:
            if pickled.mode in _FORWARDED_MODES:
                found += [
                    Forward(function, name, sink, pickled)
                    for name in _parameters_in(pickled.expr, parameters)
                ]
    remember(function, "forwards", found)
    return found


def as_passed(forward: Forward, argument: nodes.NodeNG) -> tuple[SinkCall, Pickled]:
    """The boundary as the caller sees it: its label names the function it goes through."""
    label = f"{forward.sink.label} in `{forward.function.name}()`"
    return replace(forward.sink, label=label), replace(forward.pickled, expr=argument)


def _parameters_in(expr: nodes.NodeNG, parameters: set[str]) -> list[str]:
    if isinstance(expr, nodes.Name) and expr.name in parameters:
        return [str(expr.name)]
    if isinstance(expr, (nodes.Tuple, nodes.List)):
        return [
            str(e.name) for e in expr.elts if isinstance(e, nodes.Name) and e.name in parameters
        ]
    return []


def _sinks_of(module: nodes.Module, facade: Facade) -> list[SinkCall]:
    from picklecheck.engine.sinks import find_sinks  # sinks import the providers, which need this

    known: list[SinkCall] | None = remembered(module, "forwarded_sinks")
    if known is None:
        known = list(find_sinks(module, facade))
        remember(module, "forwarded_sinks", known)
    return known


def _imported_project_names(module: nodes.Module) -> set[str]:
    """Names the module's imports bind to project modules or to their members."""
    names: set[str] = set()
    for statement in nodes_in(module, (nodes.Import, nodes.ImportFrom)):
        if isinstance(statement, nodes.ImportFrom):
            if is_project_import(statement):
                names.update(alias or name for name, alias in statement.names if name != "*")
        else:
            names.update(
                alias or name
                for name, alias in statement.names
                if "." not in name and is_project_module(name)
            )
    return names


def _other_module_function(func: nodes.NodeNG, module: nodes.Module) -> nodes.FunctionDef | None:
    if isinstance(func, nodes.Attribute):
        definitions = module_attribute_definitions(func)
        function = definitions[0] if len(definitions) == 1 else None
    else:
        function = named_function(func)
    if not isinstance(function, nodes.FunctionDef) or function.root() is module:
        return None
    return function if isinstance(function.parent, nodes.Module) else None
