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
from picklecheck.engine.flow.project import (
    is_user_node,
    module_attribute_definitions,
    name_definitions,
    neighbour_modules_mentioning,
    project_definitions,
    single_definition,
)
from picklecheck.engine.flow.syntax import (
    import_binding,
    in_main_guard,
    is_main_guard,
    syntactic_call_name,
    syntactic_names,
)
from picklecheck.engine.model import FixHint
from picklecheck.engine.problem import Problem, span_of, step
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

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


# Calls that raise TypeError when given None as a positional argument (a path, a number)
_REJECTING_NONE = frozenset(
    {
        "open",
        "int",
        "float",
        "Path",
        "pathlib.Path",
        "os.fspath",
        "os.listdir",
        "os.makedirs",
        "os.mkdir",
        "os.path.join",
        "os.path.dirname",
        "os.path.basename",
        "os.path.abspath",
        "os.path.exists",
        "os.path.isdir",
        "os.path.isfile",
        "os.path.splitext",
    }
)


@dataclass(frozen=True)
class _Change:
    node: nodes.NodeNG  # the statement rebinding or filling the global
    frame: nodes.NodeNG  # the function it runs in, or the module for the main guard
    note: str


def parent_only_global(worker: nodes.FunctionDef, boundary: nodes.Call) -> Problem | None:
    """Why `worker`, run in a spawned child by the call `boundary`, reads a module global the
    parent set only at run time, in a way that fails on its import-time value. The global is
    the worker module's own or one it imports from another module of the project (a config
    dict the main program fills in)."""
    if not isinstance(worker.parent, nodes.Module):
        return None
    helpers = _helpers_called(worker)
    child_calls = _called_in_child(worker, helpers)
    for read, definitions in _first_global_reads(worker):
        problem = _stale_read(read, definitions, worker, boundary, child_calls)
        if problem is not None:
            return problem
    if helpers and _sets_globals(worker):
        return None  # the worker may set up what its helpers read
    for call, helper in helpers:
        for read, definitions in _first_global_reads(helper):
            problem = _stale_read(read, definitions, helper, boundary, child_calls)
            if problem is not None:
                note = f"`{worker.name}` calls `{helper.name}()` in the child"
                return problem.through(step(call, note))
    return None


def module_primitive_shared(worker: nodes.FunctionDef, boundary: nodes.Call) -> Problem | None:
    """The worker talks to the parent through a Queue, Pipe, Event, Value or Array the module
    makes when it is imported (`out_queue = multiprocessing.Queue()` at module level), not one
    it is given: a spawned child imports the module again and makes its own, so what it puts
    never reaches the parent, which waits forever (DeadSimplePython 6). A forked child shares
    the parent's. Reported when the parent uses the same global too, and the boundary does
    not pass it."""
    if not isinstance(worker.parent, nodes.Module | nodes.ClassDef):
        return None
    passed = {n.name for n in nodes_in(boundary, nodes.Name)}
    readers = [worker, *(helper for _call, helper in _helpers_called(worker))]
    for read, definitions in (r for reader in readers for r in _first_global_reads(reader)):
        name = str(read.name)
        rebinds = [d for d in definitions if _rebound_by_constructor(d, worker)]
        definitions = [d for d in definitions if d not in rebinds]
        if name in passed or len(definitions) != 1:
            continue
        definition = definitions[0]
        made = definition.parent.value if isinstance(definition.parent, nodes.Assign) else None
        if not (
            isinstance(made, nodes.Call)
            and definition.root() is worker.root()
            and not in_main_guard(definition)
            and syntactic_names(made.func) & _SHARED_PRIMITIVES
            and (rebinds or _used_by_parent(worker.root(), name, readers))
        ):
            continue
        if rebinds:
            owner = rebinds[0].frame()
            assert isinstance(owner, nodes.FunctionDef)
            note = (
                f"`{owner.parent.name}.__init__` sets `{name}` in the parent; the child "
                "receives the object without running it"
            )
            return _primitive_problem(name, definition, read, worker).through(
                step(rebinds[0].statement(), note)
            )
        return _primitive_problem(name, definition, read, worker)
    return None


def _primitive_problem(
    name: str, definition: nodes.AssignName, read: nodes.Name, worker: nodes.FunctionDef
) -> Problem:
    note = (
        f"`{name}` is made when the module is imported: a spawned child makes its own, "
        "which no other process shares"
    )
    return Problem.at(
        rules.PKL016,
        (definition.parent, note),
        f"a worker that talks to other processes through the module-level `{name}`",
        f"no error is raised: the child's `{name}` is a new one of its own, so nothing "
        "passes through it between the processes (a parent reading it waits)",
        kb.CHILD_ONLY,
    ).through(step(read, f"`{worker.name}` uses `{name}` in the child"))


def _rebound_by_constructor(definition: nodes.AssignName, worker: nodes.FunctionDef) -> bool:
    """`global g_que; g_que = que` in the `__init__` of the class whose method is the worker:
    the parent runs it when it makes the process object; a spawned child never does."""
    frame = definition.frame()
    return (
        isinstance(frame, nodes.FunctionDef)
        and frame.name == "__init__"
        and frame.parent is worker.parent
        and isinstance(worker.parent, nodes.ClassDef)
        and _declared_global(definition)
    )


# Primitives whose whole point is to reach another process: a copy made in the child does not.
_SHARED_PRIMITIVES = frozenset(
    f"multiprocessing.{kind}"
    for kind in ("Queue", "JoinableQueue", "SimpleQueue", "Pipe", "Event", "Value", "Array")
)


def _used_by_parent(module: nodes.Module, name: str, readers: list[nodes.FunctionDef]) -> bool:
    """Some read of the global outside the worker and its helpers: the parent's side of the
    exchange."""
    return any(
        read.name == name and read.frame() not in readers for read in nodes_in(module, nodes.Name)
    )


def _helpers_called(worker: nodes.FunctionDef) -> list[tuple[nodes.Call, nodes.FunctionDef]]:
    """The module-level functions of the project the worker calls by name or through their
    module (`tmpfiles.get_tmp_filename()`), each once."""
    found: dict[nodes.FunctionDef, nodes.Call] = {}
    for call in nodes_in(worker, nodes.Call):
        helper = single_definition(call.func)
        if (
            isinstance(helper, nodes.FunctionDef)
            and isinstance(helper.parent, nodes.Module)
            and helper is not worker
            and helper not in found
            and is_user_node(helper)
        ):
            found[helper] = call
    return [(call, helper) for helper, call in found.items()]


def _called_in_child(
    worker: nodes.FunctionDef, helpers: list[tuple[nodes.Call, nodes.FunctionDef]]
) -> frozenset[str]:
    """The names of the functions and methods the worker and its `helpers` call: a change
    made in one of them (`init()` called first thing in the worker) runs in the child too."""
    scopes = [worker, *(helper for _call, helper in helpers)]
    return frozenset(
        syntactic_call_name(call) for scope in scopes for call in nodes_in(scope, nodes.Call)
    )


def _sets_globals(worker: nodes.FunctionDef) -> bool:
    return any(True for _ in nodes_in(worker, nodes.Global))


def _first_global_reads(
    worker: nodes.FunctionDef,
) -> list[tuple[nodes.Name, list[nodes.AssignName]]]:
    """The first read of each module-level variable the worker reads, with the variable's
    assignments in the module defining it (its own, or the one it imports it from)."""
    module = worker.root()
    reads: dict[str, tuple[nodes.Name, list[nodes.AssignName]]] = {}
    for name in nodes_in(worker, nodes.Name):
        if name.name in reads or name.name not in module.locals:
            continue
        scope, found = name.lookup(name.name)
        if scope is not module:
            continue
        if len(found) == 1 and isinstance(found[0], nodes.ImportFrom):
            found = project_definitions(found[0], str(name.name))
        if found and all(
            (isinstance(d, nodes.AssignName) and d.frame() is d.root()) or _declared_global(d)
            for d in found
        ):
            owner = found[0].root()
            everywhere = owner.locals.get(str(name.name), [])
            if all(isinstance(d, nodes.AssignName) for d in everywhere):
                reads[name.name] = (name, list(everywhere))
    return list(reads.values())


def _declared_global(definition: nodes.NodeNG) -> bool:
    frame = definition.frame()
    return (
        isinstance(definition, nodes.AssignName)
        and isinstance(frame, nodes.FunctionDef)
        and (any(definition.name in g.names for g in frame.nodes_of_class(nodes.Global)))
    )


def _stale_read(
    read: nodes.Name,
    definitions: list[nodes.AssignName],
    worker: nodes.FunctionDef,
    boundary: nodes.Call,
    child_calls: frozenset[str],
) -> Problem | None:
    name = str(read.name)
    if _tested_in(worker, name) or any(d.frame() is worker for d in definitions):
        return None  # `if CONFIG is None: CONFIG = load()`: the worker makes its own
    owner = definitions[0].root()
    at_import = [d for d in definitions if _runs_at_import(d)]
    candidates = _run_time_changes(owner, name, worker, boundary.root())
    if _run_in_child(candidates, child_calls) or _run_on_import(candidates, owner):
        return None
    changes, ordered = _parent_changes(candidates, boundary)
    if not changes:
        return None
    if not at_import:
        stale = "is not defined there"
    elif len(at_import) == 1 and _fails_on(read, _import_value(at_import[0]), changes):
        stale = _described(read, _import_value(at_import[0]))
    else:
        return None
    hints: tuple[FixHint, ...] = ()
    if ordered and owner is boundary.root():  # the initializer sets this module's global
        last = max(span_of(c.node).end_line for c in changes)  # 0-based, as spans
        hints = (FixHint("set-global-in-initializer", {"name": name, "set_line": last}),)
    return _stale_problem("the module global", name, stale, changes[0], read, worker, hints)


def _parent_changes(candidates: list[_Change], boundary: nodes.Call) -> tuple[list[_Change], bool]:
    """The changes known to run in the parent before the boundary (True: the fix can rely on
    their order), else those the parent's main guard runs at some point (False)."""
    ordered = [change for change in candidates if _before(change, boundary)]
    if ordered:
        return ordered, True
    return [c for c in candidates if _run_from_main_guard(c, boundary.root())], False


def _stale_problem(
    kind: str,
    spelled: str,
    stale: str,
    change: _Change,
    read: nodes.NodeNG,
    worker: nodes.FunctionDef,
    hints: tuple[FixHint, ...] = (),
) -> Problem:
    """PKL016 at the parent's `change`, through the worker's `read` of `spelled`."""
    error = (
        "a spawned child imports the module afresh, without what the parent ran: "
        f"`{spelled}` {stale}"
    )
    problem = Problem.at(
        rules.PKL016,
        (change.node, change.note),
        f"a function reading {kind} `{spelled}`, which only the parent sets",
        error,
        methods=kb.CHILD_ONLY,
        hints=hints,
    )
    return problem.through(step(read, f"`{worker.name}` reads `{spelled}` in the child"))


def _run_in_child(changes: list[_Change], child_calls: frozenset[str]) -> bool:
    return any(
        isinstance(change.frame, nodes.FunctionDef) and change.frame.name in child_calls
        for change in changes
    )


def _described(read: nodes.NodeNG, value: nodes.NodeNG) -> str:
    key = _constant_key(read)
    if isinstance(value, nodes.Dict) and value.items and key is not None:
        return f"has no key {key!r} there"
    return f"is `{value.as_string()}` there"


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


def _fails_on(read: nodes.NodeNG, value: nodes.NodeNG, changes: list[_Change]) -> bool:
    """Whether the worker's read breaks on the import-time `value`: None used as an object,
    an empty container indexed, or a dict display read under a constant key it lacks and the
    parent adds."""
    parent = read.parent
    if isinstance(value, nodes.Const) and value.value is None:
        return _used_as_object(read)
    if _empty_container(value):
        return (
            isinstance(parent, nodes.Subscript) and parent.value is read
        ) or _raises_when_absent(read)
    key = _constant_key(read)
    if isinstance(value, nodes.Dict) and key is not None:
        keys = [k.value for k, _v in value.items if isinstance(k, nodes.Const)]
        every_key_known = len(keys) == len(value.items)  # no `**defaults` in the display
        return every_key_known and key not in keys and any(_sets_key(c.node, key) for c in changes)
    return False


def _raises_when_absent(read: nodes.NodeNG) -> bool:
    """`if env_id not in registry: raise KeyError(...)`: on the empty container the test
    always holds, and the worker raises."""
    compare = read.parent
    guard = compare.parent if isinstance(compare, nodes.Compare) else None
    return (
        isinstance(guard, nodes.If)
        and guard.test is compare
        and _only_raises(guard)
        and len(compare.ops) == 1
        and compare.ops[0][0] == "not in"
        and compare.ops[0][1] is read
    )


def _constant_key(read: nodes.NodeNG) -> object:
    parent = read.parent
    if (
        isinstance(parent, nodes.Subscript)
        and parent.value is read
        and isinstance(parent.slice, nodes.Const)
        and isinstance(parent.slice.value, str)
    ):
        return parent.slice.value
    return None


def _sets_key(statement: nodes.NodeNG, key: object) -> bool:
    """`X["key"] = ...` or `X.update(key=...)` / `X.update({"key": ...})`."""
    if isinstance(statement, nodes.Assign):
        return any(
            isinstance(t, nodes.Subscript)
            and isinstance(t.slice, nodes.Const)
            and t.slice.value == key
            for t in statement.targets
        )
    call = statement.value if isinstance(statement, nodes.Expr) else None
    if not isinstance(call, nodes.Call):
        return False
    if any(k.arg == key for k in call.keywords or []):
        return True
    return any(
        isinstance(a, nodes.Dict)
        and any(isinstance(k, nodes.Const) and k.value == key for k, _v in a.items)
        for a in call.args
    )


def _used_as_object(read: nodes.NodeNG) -> bool:
    parent = read.parent
    if isinstance(parent, (nodes.Subscript, nodes.Attribute)):
        return parent.value is read if isinstance(parent, nodes.Subscript) else parent.expr is read
    if isinstance(parent, nodes.Call):
        return parent.func is read or (
            read in parent.args
            and (
                (isinstance(parent.func, nodes.Name) and parent.func.name in _ITERATING)
                or parent.func.as_string() in _REJECTING_NONE
            )
        )
    if isinstance(parent, (nodes.For, nodes.Comprehension)):
        return parent.iter is read
    # `theta - data`: arithmetic with None raises TypeError whatever the other operand
    return isinstance(parent, nodes.BinOp)


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
    """The worker tests the global before using it (`is None`, truthiness, `in globals()`),
    unless the test only raises (`if env_id not in registry: raise KeyError(...)`: the stale
    value still fails the worker)."""
    for test in nodes_in(worker, nodes.If):
        if _only_raises(test):
            continue
        for node in test.test.nodes_of_class(nodes.Name):
            if node.name == name and _tests_itself(node, test.test):
                return True
    return False


def _only_raises(test: nodes.If) -> bool:
    return not test.orelse and len(test.body) == 1 and isinstance(test.body[0], nodes.Raise)


def _inspects(node: nodes.NodeNG) -> bool:
    """`isinstance(X, dict)`, `callable(X)`, `hasattr(X, "k")`: safe on any value."""
    return (
        isinstance(node, nodes.Call)
        and isinstance(node.func, nodes.Name)
        and node.func.name in ("isinstance", "callable", "hasattr", "getattr", "type", "bool")
    )


def _tests_itself(name: nodes.Name, test: nodes.NodeNG) -> bool:
    """`if X:`, `if not X`, `if X is None`, `if "X" in globals()`-like tests of the global
    itself, not of an attribute or item of it (`if X.ready:` fails as the read does)."""
    node = name
    while node is not test:
        parent = node.parent
        if isinstance(parent, nodes.Compare) or _inspects(parent):
            return True
        if not isinstance(parent, (nodes.UnaryOp, nodes.BoolOp)):
            return False
        node = parent
    return True


def _run_time_changes(
    owner: nodes.Module, name: str, worker: nodes.FunctionDef, parent: nodes.Module
) -> list[_Change]:
    """Rebindings of the global in a function declaring it `global` or under the main guard
    of its module, and statements filling it in (`TABLE[k] = v`, `TABLE.update(...)`) outside
    the worker; in the module running the boundary (`parent`) also through an import of it
    (`config["TRANSPORT"] = "ipc"`, `osb.config.update(...)`, `settings.DEBUG = True`)."""
    found = []
    for definition in owner.locals.get(name, []):
        statement = definition.statement()
        frame = definition.frame()
        if frame is worker:
            continue
        if isinstance(frame, nodes.FunctionDef):
            found.append(_Change(statement, frame, f"`{frame.name}()` sets `{name}`"))
        elif not _runs_at_import(definition):
            found.append(_Change(statement, owner, f"the main guard sets `{name}`"))
    modules = [owner] if parent is owner else [owner, parent]
    for module in modules:
        for node in _spelled_with(module).get(name, []):
            change = _changed_through(node, name, owner, worker)
            if change is not None:
                found.append(change)
    return found


def _spelled_with(module: nodes.Module) -> dict[str, list[nodes.NodeNG]]:
    """The module's subscripts, attributes and attribute stores by the name they change
    (`X[k]`, `X.update` and `m.X[k]` under `X`, `m.X = v` under `X`); one walk per tree."""
    index: dict[str, list[nodes.NodeNG]] | None = remembered(module, "spelled_with")
    if index is None:
        index = {}
        for node in nodes_in(module, (nodes.Subscript, nodes.Attribute, nodes.AssignAttr)):
            if isinstance(node, nodes.AssignAttr):
                key = node.attrname
            else:
                target = node.value if isinstance(node, nodes.Subscript) else node.expr
                key = getattr(target, "name", None) or getattr(target, "attrname", None)
            if key:
                index.setdefault(str(key), []).append(node)
        remember(module, "spelled_with", index)
    return index


def _changed_through(
    node: nodes.NodeNG, name: str, owner: nodes.Module, worker: nodes.FunctionDef
) -> _Change | None:
    """`X[k] = v` or `X.update(...)` with `X` the global (by its name, or as the attribute of
    an imported module), or `module.X = v` from another module."""
    frame = node.frame()
    if frame is worker:
        return None
    module = node.root()
    where = _where(frame)
    if frame is module and not in_main_guard(node):
        return None  # run at import: the child runs it too
    if isinstance(node, nodes.AssignAttr):
        if node.attrname == name and _is_module(node.expr, owner):
            return _Change(node.statement(), frame, f"{where} sets `{name}` on the module")
        return None
    target = node.value if isinstance(node, nodes.Subscript) else node.expr
    if not _names_global(target, name, owner):
        return None
    filled = _fills(node)
    return _Change(filled, frame, f"{where} fills `{name}` in") if filled is not None else None


def _names_global(expr: nodes.NodeNG, name: str, owner: nodes.Module) -> bool:
    """`expr` is the module global `name` of `owner`: read by name in `owner` or through a
    `from owner import name`, or as `owner_module.name`."""
    if isinstance(expr, nodes.Name) and expr.name == name:
        scope, found = expr.lookup(name)
        if scope is owner:
            return True
        if len(found) == 1 and isinstance(found[0], nodes.ImportFrom):
            return any(d.root() is owner for d in project_definitions(found[0], name))
        return False
    if isinstance(expr, nodes.Attribute) and expr.attrname == name:
        return any(d.root() is owner for d in module_attribute_definitions(expr))
    return False


def _is_module(expr: nodes.NodeNG, owner: nodes.Module) -> bool:
    """`expr` names the module `owner` (`import settings` then `settings`)."""
    statement = import_binding(expr)
    return statement is not None and any(
        (alias or imported) == expr.name and imported == owner.name
        for imported, alias in statement.names
    )


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


def _before(change: _Change, boundary: nodes.Call) -> bool:
    """The change runs in the parent before the boundary: earlier in the boundary's own
    function (or main guard), or in a function called there earlier, or earlier in a frame
    that then calls the boundary's function."""
    here = boundary.frame()
    line = change.node.lineno or 0
    if change.frame is here:
        return line < (boundary.lineno or 0) and (
            here is not change.node.root() or in_main_guard(boundary)
        )
    if isinstance(change.frame, nodes.FunctionDef) and _called_before(
        here, change.frame, boundary.lineno or 0
    ):
        return True
    return isinstance(here, nodes.FunctionDef) and _called_after(
        change.frame, here.name, line, change.frame is change.node.root()
    )


def _run_from_main_guard(change: _Change, parent: nodes.Module) -> bool:
    """The change's function is called under the parent's main guard, or by a function or
    method called there (`app.startup()` calling `warm_up()`): the parent runs it, whenever it
    does so relative to the boundary, and a spawned child never does."""
    function = change.frame
    if not isinstance(function, nodes.FunctionDef):
        return False
    if _called_from_guard_of(parent, function):
        return True
    # a package's function the entry script calls (`main.py` running `tmpfiles.init_tmpdir()`)
    return any(
        _called_from_guard_of(module, function)
        for module in neighbour_modules_mentioning(function.root(), str(function.name)) or []
        if module is not parent
    )


def _called_from_guard_of(parent: nodes.Module, function: nodes.FunctionDef) -> bool:
    guarded = [c for c in nodes_in(parent, nodes.Call) if in_main_guard(c)]
    if any(_calls_by_name(call, function.name) for call in guarded):
        return True
    callers = {
        call.frame()
        for module in {function.root(), parent}
        for call in nodes_in(module, nodes.Call)
        if _calls_by_name(call, function.name) and isinstance(call.frame(), nodes.FunctionDef)
    }
    return any(_calls_by_name(call, caller.name) for caller in callers for call in guarded)


def _run_on_import(changes: list[_Change], module: nodes.Module) -> bool:
    """A change made by a function the module calls when it is imported (`register(...)` at
    module level, outside the main guard): a spawned child imports it and runs it too."""
    functions = {str(c.frame.name) for c in changes if isinstance(c.frame, nodes.FunctionDef)}
    return any(
        call.scope() is module
        and not in_main_guard(call)
        and syntactic_call_name(call) in functions
        for call in nodes_in(module, nodes.Call)
    )


def _calls_by_name(call: nodes.Call, name: str) -> bool:
    """`name(...)` or `obj.name(...)`."""
    return syntactic_call_name(call) == name


def _called_before(frame: nodes.NodeNG, function: nodes.FunctionDef, line: int) -> bool:
    """`frame` calls `function` before `line`: by its name, or as an attribute of its module
    imported there (`settings.initialize(...)`)."""
    return any(
        call.lineno < line and _calls(call, function)
        for call in nodes_in(frame, nodes.Call)
        if call.frame() is frame
    )


def _calls(call: nodes.Call, function: nodes.FunctionDef) -> bool:
    func = call.func
    if isinstance(func, nodes.Name):
        return bool(func.name == function.name)
    return (
        isinstance(func, nodes.Attribute)
        and func.attrname == function.name
        and isinstance(function.parent, nodes.Module)
        and _is_module(func.expr, function.parent)
    )


def _called_after(frame: nodes.NodeNG, function: str, line: int, guarded: bool) -> bool:
    return any(
        isinstance(call.func, nodes.Name)
        and call.func.name == function
        and call.lineno > line
        and (not guarded or in_main_guard(call))
        for call in nodes_in(frame, nodes.Call)
        if call.frame() is frame
    )


def parent_only_class_attribute(worker: nodes.FunctionDef, boundary: nodes.Call) -> Problem | None:
    """Why `worker` reads an attribute of a module-level class (`Settings.model`) that the
    parent sets at run time (`Settings.model = load()` under the main guard, `cls.model = ...`
    in a classmethod it calls), in a way that fails on the class body's value: the same
    failure as a global, for code keeping its state on a class."""
    if not isinstance(worker.parent, nodes.Module):
        return None
    for read, cls in _first_class_attribute_reads(worker):
        problem = _stale_class_attribute(read, cls, worker, boundary)
        if problem is not None:
            return problem
    return None


def _first_class_attribute_reads(
    worker: nodes.FunctionDef,
) -> list[tuple[nodes.Attribute, nodes.ClassDef]]:
    """The first read of each `Cls.attr` in the worker, with `Cls` a class defined at module
    level in the worker's module or imported from another module of the project."""
    reads: dict[tuple[int, str], tuple[nodes.Attribute, nodes.ClassDef]] = {}
    for read in nodes_in(worker, nodes.Attribute):
        cls = _class_named_by(read.expr)
        key = (id(cls), str(read.attrname))
        if cls is not None and key not in reads:
            reads[key] = (read, cls)
    return list(reads.values())


def _class_named_by(expr: nodes.NodeNG) -> nodes.ClassDef | None:
    if not isinstance(expr, nodes.Name):
        return None
    found = name_definitions(expr)
    if len(found) == 1 and isinstance(found[0], nodes.ClassDef):
        cls = found[0]
        return cls if isinstance(cls.parent, nodes.Module) else None
    return None


def _stale_class_attribute(
    read: nodes.Attribute, cls: nodes.ClassDef, worker: nodes.FunctionDef, boundary: nodes.Call
) -> Problem | None:
    attr = str(read.attrname)
    if _attribute_tested_in(worker, attr):
        return None
    in_body = cls.locals.get(attr, [])
    changes, set_at_import = _class_attribute_changes(cls, attr, worker, boundary.root())
    child_calls = _called_in_child(worker, _helpers_called(worker))
    if set_at_import or not changes or _run_in_child(changes, child_calls):
        return None
    changes, _ordered = _parent_changes(changes, boundary)
    if not changes:
        return None
    if not in_body:
        if not _plain_class(cls):
            return None
        stale = "is not defined there"
    elif len(in_body) == 1 and _fails_on(read, _body_value(in_body[0], cls), changes):
        stale = _described(read, _body_value(in_body[0], cls))
    else:
        return None
    spelled = f"{cls.name}.{attr}"
    return _stale_problem("the class attribute", spelled, stale, changes[0], read, worker)


def _attribute_tested_in(worker: nodes.FunctionDef, attr: str) -> bool:
    """`if Cls.attr is None:`, `if not Cls.attr:`, or `getattr`/`hasattr` of the attribute."""
    for test in nodes_in(worker, nodes.If):
        if any(node.attrname == attr for node in test.test.nodes_of_class(nodes.Attribute)):
            return True
    return any(
        isinstance(call.func, nodes.Name)
        and call.func.name in ("getattr", "hasattr")
        and any(isinstance(a, nodes.Const) and a.value == attr for a in call.args)
        for call in nodes_in(worker, nodes.Call)
    )


def _plain_class(cls: nodes.ClassDef) -> bool:
    """A class whose attributes are its body's alone: no base but `object`, no decorator, no
    metaclass, no `__getattr__`-like hook (an absent attribute is then an AttributeError)."""
    bases_plain = all(isinstance(b, nodes.Name) and b.name == "object" for b in cls.bases)
    hooked = cls.decorators or cls.keywords or cls.declared_metaclass() is not None
    return bases_plain and not hooked


def _body_value(definition: nodes.NodeNG, cls: nodes.ClassDef) -> nodes.NodeNG:
    if isinstance(definition, nodes.AssignName) and definition.frame() is cls:
        return _import_value(definition)
    return definition  # a method or nested class of that name: not judged


def _class_attribute_changes(
    cls: nodes.ClassDef, attr: str, worker: nodes.FunctionDef, parent: nodes.Module
) -> tuple[list[_Change], bool]:
    """Where the parent sets `Cls.attr` (or fills it in) at run time, and whether something
    sets it at import (or in the worker, or by `setattr`), which makes the child's value
    unknown."""
    spelled = f"{cls.name}.{attr}"
    changes: list[_Change] = []
    owner = cls.root()
    for module in [owner] if parent is owner else [owner, parent]:
        if _setattr_on(module, cls):
            return [], True
        for node in _spelled_with(module).get(attr, []):
            statement = _class_attribute_store(node, attr, cls)
            if statement is None:
                continue
            frame = node.frame()
            if frame is worker or (frame is module and not in_main_guard(node)):
                return [], True
            where = _where(frame)
            verb = "sets" if isinstance(node, nodes.AssignAttr) else "fills in"
            changes.append(_Change(statement, frame, f"{where} {verb} `{spelled}`"))
    return changes, False


def _class_attribute_store(
    node: nodes.NodeNG, attr: str, cls: nodes.ClassDef
) -> nodes.NodeNG | None:
    """The statement of `Cls.attr = v`, `Cls.attr[k] = v` or `Cls.attr.update(...)` (with
    `cls.` inside a classmethod of the class), or None."""
    if isinstance(node, nodes.AssignAttr):
        stored = node.attrname == attr and _names_class(node.expr, cls)
        return node.statement() if stored else None
    target = node.value if isinstance(node, nodes.Subscript) else getattr(node, "expr", None)
    if isinstance(target, nodes.Attribute) and target.attrname == attr:
        return _fills(node) if _names_class(target.expr, cls) else None
    return None


def _names_class(expr: nodes.NodeNG, cls: nodes.ClassDef) -> bool:
    if _class_named_by(expr) is cls:
        return True
    if isinstance(expr, nodes.Attribute):
        return expr.attrname == cls.name and cls in module_attribute_definitions(expr)
    method = expr.frame()
    return (
        isinstance(expr, nodes.Name)
        and isinstance(method, nodes.FunctionDef)
        and method.parent is cls
        and method.type == "classmethod"
        and bool(method.args.args)
        and method.args.args[0].name == expr.name
    )


def _setattr_on(module: nodes.Module, cls: nodes.ClassDef) -> bool:
    return any(
        isinstance(call.func, nodes.Name)
        and call.func.name == "setattr"
        and call.args
        and _names_class(call.args[0], cls)
        for call in nodes_in(module, nodes.Call)
    )


def _where(frame: nodes.NodeNG) -> str:
    return f"`{frame.name}()`" if isinstance(frame, nodes.FunctionDef) else "the main guard"
