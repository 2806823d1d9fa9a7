"""Project functions that start processes, called when a module is imported.

`main()` (or `fit = DEfit(model); fit.fit()`) written at module level, outside
`if __name__ == "__main__":`, runs again in every spawned or forkserver child, which imports
the main module to find what it was sent; the function starts processes there too and the
child stops: `An attempt has been made to start a new process before the current process has
finished its bootstrapping phase` (pyLIMA 66). A function starts processes when a boundary
that starts some (a pool's task, an executor's, `Process.start`, a torch DataLoader) is in
its body or in a project function it calls, a few calls deep.
"""

from __future__ import annotations

import itertools

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade
from picklecheck.engine.boundary import SinkCall
from picklecheck.engine.flow.project import (
    imports_a_boundary_library,
    is_user_node,
    single_definition,
)
from picklecheck.engine.flow.syntax import (
    decorated_as,
    own_method,
    own_nodes,
    safe_ancestors,
    single_assigned_value,
)

# How many project calls deep the boundary may be, and how many calls of one function are
# looked into (a module's `main()` calls many helpers).
_CALL_DEPTH = 3
_CALLS_READ = 40
# Boundaries that do not start processes, or whose workers never import the main module
# (joblib's loky workers, subinterpreters).
_NOT_STARTING = ("Queue", "Connection", "Proxy", "joblib", "loky", "Interpreter")


def started_by_callee(
    call: nodes.Call, facade: Facade
) -> tuple[nodes.FunctionDef, SinkCall] | None:
    """The project function `call` runs and a boundary starting processes that it reaches."""
    for callee in _callees(call, facade):
        found = _starting_boundary(callee, facade, _CALL_DEPTH, set())
        if found is not None:
            return callee, found
    return None


def _callees(call: nodes.Call, facade: Facade) -> list[nodes.FunctionDef]:
    """The project functions `call` runs, found without inference (which would build the
    libraries every module-level call names): a function, a method of an object made by a
    project class, a class's `__init__`."""
    func = call.func
    definition = single_definition(func)
    if definition is None and isinstance(func, nodes.Attribute):
        return _methods_called(func)
    if isinstance(definition, nodes.ClassDef):
        init = _method_of(definition, "__init__")
        return [init] if init is not None else []
    if isinstance(definition, nodes.FunctionDef) and is_user_node(definition):
        return [definition]
    return []


def _methods_called(func: nodes.Attribute) -> list[nodes.FunctionDef]:
    """`fit.fit()` where `fit` is bound once to `DEfit(model)` of a project class (or to what
    its classmethod factory makes, `Model.from_pretrained(name)`); `Launcher(n).launch()`."""
    receiver = func.expr
    made = single_assigned_value(receiver) if isinstance(receiver, nodes.Name) else receiver
    if not isinstance(made, nodes.Call):
        return []
    cls = _class_made_by(made)
    method = _method_of(cls, str(func.attrname)) if cls is not None else None
    return [method] if method is not None else []


def _class_made_by(made: nodes.Call) -> nodes.ClassDef | None:
    """The project class `Cls(...)` makes, or `Cls.factory(...)` where the classmethod's every
    return makes one with `cls(...)`."""
    cls = single_definition(made.func)
    if isinstance(cls, nodes.ClassDef):
        return cls
    func = made.func
    owner = single_definition(func.expr) if isinstance(func, nodes.Attribute) else None
    if not isinstance(owner, nodes.ClassDef) or not isinstance(func, nodes.Attribute):
        return None
    factory = _method_of(owner, str(func.attrname))
    if factory is None or not decorated_as(factory, "classmethod") or not factory.args.args:
        return None
    own = factory.args.args[0].name
    returns = [r.value for r in own_nodes(factory, nodes.Return)]
    values = [single_assigned_value(v) if isinstance(v, nodes.Name) else v for v in returns]
    makes = bool(values) and all(
        isinstance(v, nodes.Call) and isinstance(v.func, nodes.Name) and v.func.name == own
        for v in values
    )
    return owner if makes else None


def _method_of(cls: nodes.ClassDef, name: str) -> nodes.FunctionDef | None:
    """The project class's own or inherited method `name` (project bases only)."""
    for klass in [cls, *safe_ancestors(cls)]:
        if not is_user_node(klass):
            return None
        method = own_method(klass, name)
        if method is not None:
            return method
    return None


def _starting_boundary(
    function: nodes.FunctionDef, facade: Facade, depth: int, seen: set[nodes.FunctionDef]
) -> SinkCall | None:
    from picklecheck.engine.sinks import module_sinks  # sinks imports the families

    if function in seen or depth <= 0 or facade.out_of_time():
        return None
    seen.add(function)
    module = function.root()
    file = getattr(module, "file", None)
    if not file or imports_a_boundary_library(str(file)):
        for sink in module_sinks(module, facade):
            # in the function's own body: a nested function it only defines does not run
            if sink.call.frame() is function and not any(
                word in sink.sink for word in _NOT_STARTING
            ):
                return sink
    for inner in itertools.islice(own_nodes(function, nodes.Call), _CALLS_READ):
        for callee in _callees(inner, facade):
            found = _starting_boundary(callee, facade, depth - 1, seen)
            if found is not None:
                return found
    return None
