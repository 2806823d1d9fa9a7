"""Module globals the parent sets at run time, which a spawned child never sees.

A child started by spawn or forkserver imports the worker's module afresh (the main module as
`__mp_main__`, without running its `if __name__ == "__main__":` block): a global the parent
rebinds in a function (`global CONFIG; CONFIG = load()`), under the main guard, or fills in
(`TABLE["rate"] = 2`) has its import-time value there. fork copies the parent's memory, so the
same program works on Linux before 3.14 and fails on macOS, Windows and 3.14's forkserver.

Reported only where the stale value surely breaks the worker: a global the module never sets
at import (NameError), None there that the worker subscripts, iterates, calls or reads an
attribute of, or an empty container there that the worker indexes (KeyError). A worker that
tests the global first (`if CONFIG is None:`) or a pool with an initializer is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine import rules
from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.syntax import is_main_guard
from picklecheck.engine.problem import Problem, step
from picklecheck.engine.tree_memo import nodes_in

_MUTATORS = frozenset({"update", "append", "extend", "add", "insert", "setdefault", "__setitem__"})
_EMPTY_FACTORIES = frozenset({"dict", "list", "set", "OrderedDict", "defaultdict"})
# Builtins that raise TypeError when given None where they iterate or measure
_ITERATING = frozenset(
    {
        "len",
        "iter",
        "list",
        "tuple",
        "set",
        "dict",
        "sorted",
        "sum",
        "enumerate",
        "zip",
        "min",
        "max",
        "any",
        "all",
        "reversed",
        "map",
        "filter",
    }
)


@dataclass(frozen=True)
class _Change:
    node: nodes.NodeNG  # the statement rebinding or filling the global
    frame: nodes.NodeNG  # the function it runs in, or the module for the main guard
    note: str


def parent_only_global(worker: nodes.FunctionDef, boundary: nodes.Call) -> Problem | None:
    """Why `worker`, run in a spawned child by the call `boundary`, reads a module global the
    parent set only at run time, in a way that fails on its import-time value."""
    module = worker.root()
    if boundary.root() is not module or not isinstance(worker.parent, nodes.Module):
        return None
    for read in _first_global_reads(worker, module):
        problem = _stale_read(read, worker, module, boundary)
        if problem is not None:
            return problem
    return None


def _first_global_reads(worker: nodes.FunctionDef, module: nodes.Module) -> list[nodes.Name]:
    reads: dict[str, nodes.Name] = {}
    for name in nodes_in(worker, nodes.Name):
        if name.name not in reads and name.name in module.locals:
            scope, _found = name.lookup(name.name)
            if scope is module:
                reads[name.name] = name
    return list(reads.values())


def _stale_read(
    read: nodes.Name, worker: nodes.FunctionDef, module: nodes.Module, boundary: nodes.Call
) -> Problem | None:
    name = str(read.name)
    definitions = module.locals.get(name, [])
    if not definitions or not all(isinstance(d, nodes.AssignName) for d in definitions):
        return None  # a function, class or import: the child has it too
    if _tested_in(worker, name) or any(d.frame() is worker for d in definitions):
        return None  # `if CONFIG is None: CONFIG = load()`: the worker makes its own
    at_import = [d for d in definitions if _runs_at_import(d)]
    changes = [c for c in _run_time_changes(module, name, worker) if _before(c, boundary)]
    if not changes:
        return None
    if not at_import:
        stale = "is not defined there"
    elif len(at_import) == 1 and _fails_on(read, _import_value(at_import[0])):
        stale = f"is `{_import_value(at_import[0]).as_string()}` there"
    else:
        return None
    change = changes[0]
    error = (
        f"a spawned child imports the module afresh, without what the parent ran: `{name}` {stale}"
    )
    problem = Problem.at(
        rules.PKL016,
        (change.node, change.note),
        f"a function reading the module global `{name}`, which only the parent sets",
        error,
        methods=kb.CHILD_ONLY,
    )
    return problem.through(step(read, f"`{worker.name}` reads `{name}` in the child"))


def _runs_at_import(definition: nodes.AssignName) -> bool:
    """Assigned by a module-level statement outside the main guard."""
    statement = definition.statement()
    parent = statement.parent
    while isinstance(parent, (nodes.If, nodes.Try, nodes.For, nodes.While, nodes.With)):
        if isinstance(parent, nodes.If) and is_main_guard(parent):
            return False
        parent = parent.parent
    return isinstance(parent, nodes.Module)


def _import_value(definition: nodes.AssignName) -> nodes.NodeNG:
    statement = definition.statement()
    if isinstance(statement, nodes.Assign) and len(statement.targets) == 1:
        return statement.value
    return definition  # unpacked, annotated without value, augmented: not judged


def _fails_on(read: nodes.Name, value: nodes.NodeNG) -> bool:
    """Whether the worker's read breaks on the import-time `value`: None used as an object,
    or an empty container indexed."""
    parent = read.parent
    if isinstance(value, nodes.Const) and value.value is None:
        return _used_as_object(read)
    if _empty_container(value):
        return isinstance(parent, nodes.Subscript) and parent.value is read
    return False


def _used_as_object(read: nodes.Name) -> bool:
    parent = read.parent
    if isinstance(parent, (nodes.Subscript, nodes.Attribute)):
        return parent.value is read if isinstance(parent, nodes.Subscript) else parent.expr is read
    if isinstance(parent, nodes.Call):
        return parent.func is read or (
            isinstance(parent.func, nodes.Name)
            and parent.func.name in _ITERATING
            and read in parent.args
        )
    if isinstance(parent, (nodes.For, nodes.Comprehension)):
        return parent.iter is read
    return False


def _empty_container(value: nodes.NodeNG) -> bool:
    if isinstance(value, (nodes.Dict, nodes.List, nodes.Set)):
        return not (value.items if isinstance(value, nodes.Dict) else value.elts)
    return (
        isinstance(value, nodes.Call)
        and isinstance(value.func, nodes.Name)
        and value.func.name in _EMPTY_FACTORIES
        and not value.args
        and not value.keywords
    )


def _tested_in(worker: nodes.FunctionDef, name: str) -> bool:
    """The worker tests the global before using it (`is None`, truthiness, `in globals()`)."""
    for test in nodes_in(worker, nodes.If):
        for node in test.test.nodes_of_class(nodes.Name):
            if node.name == name:
                return True
    return False


def _run_time_changes(module: nodes.Module, name: str, worker: nodes.FunctionDef) -> list[_Change]:
    """Rebindings of the global in a function declaring it `global` or under the main guard,
    and statements filling it in (`TABLE[k] = v`, `TABLE.update(...)`) outside the worker."""
    found = []
    for definition in module.locals.get(name, []):
        statement = definition.statement()
        frame = definition.frame()
        if frame is worker:
            continue
        if isinstance(frame, nodes.FunctionDef):
            found.append(_Change(statement, frame, f"`{frame.name}()` sets `{name}`"))
        elif not _runs_at_import(definition):
            found.append(_Change(statement, module, f"the main guard sets `{name}`"))
    for node in nodes_in(module, (nodes.Subscript, nodes.Attribute)):
        target = node.value if isinstance(node, nodes.Subscript) else node.expr
        if not (isinstance(target, nodes.Name) and target.name == name):
            continue
        frame = node.frame()
        if frame is worker or lookup(target, name) != module.locals.get(name):
            continue
        filled = _fills(node)
        if filled is not None and (frame is not module or _in_main_guard(node)):
            where = (
                f"`{frame.name}()`" if isinstance(frame, nodes.FunctionDef) else "the main guard"
            )
            found.append(_Change(filled, frame, f"{where} fills `{name}` in"))
    return found


def _fills(node: nodes.NodeNG) -> nodes.NodeNG | None:
    """The statement `node` changes its container in: `x[k] = v` or `x.update(...)`."""
    parent = node.parent
    if isinstance(node, nodes.Subscript) and isinstance(parent, nodes.Assign):
        return parent if node in parent.targets else None
    if (
        isinstance(node, nodes.Attribute)
        and node.attrname in _MUTATORS
        and isinstance(parent, nodes.Call)
        and parent.func is node
    ):
        return parent.statement()
    return None


def _in_main_guard(node: nodes.NodeNG) -> bool:
    return any(isinstance(p, nodes.If) and is_main_guard(p) for p in node.node_ancestors())


def _before(change: _Change, boundary: nodes.Call) -> bool:
    """The change runs in the parent before the boundary: earlier in the boundary's own
    function (or main guard), or in a function called there earlier, or earlier in a frame
    that then calls the boundary's function."""
    here = boundary.frame()
    line = change.node.lineno or 0
    if change.frame is here:
        return line < (boundary.lineno or 0) and (
            here is not change.node.root() or _in_main_guard(boundary)
        )
    if isinstance(change.frame, nodes.FunctionDef) and _called_before(
        here, change.frame.name, boundary.lineno or 0
    ):
        return True
    return isinstance(here, nodes.FunctionDef) and _called_after(
        change.frame, here.name, line, change.frame is change.node.root()
    )


def _called_before(frame: nodes.NodeNG, function: str, line: int) -> bool:
    return any(
        isinstance(call.func, nodes.Name) and call.func.name == function and call.lineno < line
        for call in nodes_in(frame, nodes.Call)
        if call.frame() is frame
    )


def _called_after(frame: nodes.NodeNG, function: str, line: int, guarded: bool) -> bool:
    return any(
        isinstance(call.func, nodes.Name)
        and call.func.name == function
        and call.lineno > line
        and (not guarded or _in_main_guard(call))
        for call in nodes_in(frame, nodes.Call)
        if call.frame() is frame
    )
