"""A Manager's server process: what `manager.start()` pickles.

Under spawn and forkserver, `start()` sends the new server process the manager class's
registry (each `Cls.register(typeid, callable)`) and its `initializer` and `initargs`: a
lambda or a local function registered as a callable fails there, since pickle finds functions
by name. Under fork nothing is pickled. `with Cls(...) as manager:` starts the manager too;
`connect()` and `get_server()` do not, so a class that is never started here is no boundary.
Registrations are read in the module that starts the manager, on its class and its bases,
and, for a manager class imported from another project module, in that module as well.
"""

from __future__ import annotations

from collections.abc import Iterator

from astroid import nodes

from picklecheck.engine import knowledge as kb
from picklecheck.engine.astroid_facade import called_names, lookup
from picklecheck.engine.boundary import Pickled, SinkCall, argument, creating_call
from picklecheck.engine.flow.project import name_definitions, named_function
from picklecheck.engine.flow.syntax import (
    assigned_value,
    own_method_called,
    own_nodes,
    root_name,
    safe_ancestors,
    single_assigned_value,
    syntactic_names,
)
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

_MANAGER_BASES = frozenset(
    {
        "multiprocessing.managers.BaseManager",
        "multiprocessing.managers.SyncManager",
        "multiprocessing.managers.SharedMemoryManager",
    }
)
_STDLIB_NAMES = frozenset(name.rsplit(".", 1)[1] for name in _MANAGER_BASES)
_SINK = "multiprocessing.managers.BaseManager.start"
_START_ARGUMENTS = (
    ("the initializer", 0, "initializer"),
    ("the initializer arguments", 1, "initargs"),
)


def manager_start_sinks(module: nodes.Module) -> Iterator[SinkCall]:
    classes = manager_classes(module)
    imports_names = bool(nodes_in(module, nodes.ImportFrom))
    if not classes and not imports_names and not called_names(module) & _STDLIB_NAMES:
        return  # no manager class is made here: the cheap test first
    local = _local_manager_classes(module, classes)
    classes = {**classes, **local}
    registered = _registrations(module, classes)
    for node in nodes_in(module, (nodes.Call, nodes.With)):
        for creation, started_by in _starts(node):
            sink = _sink_of_start(module, creation, started_by, classes, registered)
            if sink is not None and _manager_class(creation, classes) in local:
                # starting runs `type(self)._run_server` in the child: the class goes by name
                role = "the manager's class (its server runs `type(self)._run_server`)"
                sink.pickled.append(Pickled(role, creation.func, "value", kb.CHILD_ONLY))
            if sink is not None and sink.pickled:
                yield sink


def _local_manager_classes(
    module: nodes.Module, known: dict[str, nodes.ClassDef]
) -> dict[str, nodes.ClassDef]:
    """Manager classes defined inside a function or method (`class ProcessManager(SyncManager)`
    in `__init__`): pickle cannot find them by name."""
    imported = _multiprocessing_imports(module)
    return {
        str(cls.name): cls
        for cls in nodes_in(module, nodes.ClassDef)
        if not isinstance(cls.parent, nodes.Module)
        and isinstance(cls.parent.frame(), nodes.FunctionDef)
        and any(_is_manager_base(base, known, imported) for base in cls.bases)
    }


def _sink_of_start(
    module: nodes.Module,
    creation: nodes.Call,
    started_by: nodes.Call,
    classes: dict[str, nodes.ClassDef],
    registered: list[tuple[str, nodes.NodeNG]],
) -> SinkCall | None:
    made_by_helper = _local_manager_made_by_helper(creation)
    if made_by_helper is not None:  # `create_pid_manager()` returning `PIDManager()`
        sink = _start_sink(started_by, creation, str(made_by_helper.name), [])
        role = "the manager's class (its server runs `type(self)._run_server`)"
        sink.pickled.append(Pickled(role, creation, "value", kb.CHILD_ONLY))
        return sink
    cls = _manager_class(creation, classes)
    if cls is not None:
        lineage = _lineage(cls, classes)
        callables = [found for name, found in registered if name in lineage]
        return _start_sink(started_by, creation, cls, callables)
    imported = _imported_manager_class(creation)
    if imported is None:
        return None
    home_classes, home_registered = _home_managers(imported.root())
    lineage = _lineage(imported.name, home_classes)
    # registrations in the class's own module, and here on the name it is imported as
    here = _registrations(module, {str(creation.func.as_string()): imported})
    callables = [found for name, found in home_registered if name in lineage]
    callables += [found for _name, found in here]
    return _start_sink(started_by, creation, imported.name, callables)


def _local_manager_made_by_helper(creation: nodes.Call) -> nodes.ClassDef | None:
    """The manager class a project function defines inside itself and returns an instance of
    (`def create_pid_manager(): class PIDManager(BaseManager): ...; return PIDManager()`;
    s3transfer 320), its bases read through the project's own subclasses."""
    helper = named_function(creation.func)
    returns = [r.value for r in own_nodes(helper, nodes.Return)] if helper else []
    made = returns[0] if len(returns) == 1 else None
    if not isinstance(made, nodes.Call) or not isinstance(made.func, nodes.Name):
        return None
    found = lookup(made.func, made.func.name)
    cls = found[0] if len(found) == 1 else None
    if not isinstance(cls, nodes.ClassDef) or cls.parent.scope() is not helper:
        return None
    names = {klass.qname() for klass in safe_ancestors(cls)}
    return cls if names & _MANAGER_BASES else None


def _imported_manager_class(creation: nodes.Call) -> nodes.ClassDef | None:
    """`CacheManager()` where `from managers import CacheManager` names a manager class of
    another project module."""
    func = creation.func
    if not isinstance(func, nodes.Name):
        return None
    bound = lookup(func, func.name)
    if len(bound) != 1:
        return None
    if isinstance(bound[0], nodes.ImportFrom):
        definitions = name_definitions(func)
        cls = definitions[0] if len(definitions) == 1 else None
    elif isinstance(bound[0], nodes.AssignName):
        cls = _class_made_by_helper(bound[0])
    else:
        return None
    if not isinstance(cls, nodes.ClassDef) or not isinstance(cls.parent, nodes.Module):
        return None
    if cls.root() is creation.root():
        return None  # the module's own classes are read by name
    return cls if cls.name in _home_managers(cls.root())[0] else None


def _class_made_by_helper(target: nodes.AssignName) -> nodes.ClassDef | None:
    """`manager_cls = setup()` where every return of the project function `setup` names the
    same module-level class (a setup that registers callables and hands the class out)."""
    value, _note = assigned_value(target)
    if not isinstance(value, nodes.Call) or value.args or value.keywords:
        return None
    helper = named_function(value.func)
    if helper is None:
        return None
    returned: set[nodes.NodeNG] = set()
    for ret in own_nodes(helper, nodes.Return):
        if not isinstance(ret.value, nodes.Name):
            return None
        definitions = lookup(ret.value, ret.value.name)
        if len(definitions) != 1:
            return None
        returned.add(definitions[0])
    cls = returned.pop() if len(returned) == 1 else None
    return cls if isinstance(cls, nodes.ClassDef) else None


_HomeManagers = tuple[dict[str, nodes.ClassDef], list[tuple[str, nodes.NodeNG]]]


def _home_managers(home: nodes.Module) -> _HomeManagers:
    """The manager classes and registrations of a module another module's manager class comes
    from, read once per tree."""
    found: _HomeManagers | None = remembered(home, "manager_classes_and_registrations")
    if found is None:
        classes = manager_classes(home)
        found = (classes, _registrations(home, classes))
        remember(home, "manager_classes_and_registrations", found)
    return found


def _starts(node: nodes.NodeNG) -> Iterator[tuple[nodes.Call, nodes.Call]]:
    """(the call making the manager, the call that starts it): `m.start(...)` on a name bound
    once to a call, or `with Cls(...)`, whose entry starts it."""
    if isinstance(node, nodes.With):
        for expression, _target in node.items:
            if isinstance(expression, nodes.Call):
                yield expression, expression
        return
    func = node.func
    if isinstance(func, nodes.Attribute) and func.attrname == "start":
        creation = creating_call(func.expr) or _made_on_every_branch(func.expr)
        if creation is not None:
            yield creation, node


def _made_on_every_branch(receiver: nodes.NodeNG) -> nodes.Call | None:
    """The first of the calls a name is bound to when each of its bindings calls the same
    class (`mgr = M(address=...)` or `mgr = M(authkey=...)`, by branch), also a global some
    function sets; a binding to None (`mgr = None` at module level) is no manager."""
    if not isinstance(receiver, nodes.Name):
        return None
    made: list[nodes.Call] = []
    for definition in lookup(receiver, receiver.name):
        value = assigned_value(definition)[0] if isinstance(definition, nodes.AssignName) else None
        if isinstance(value, nodes.Const) and value.value is None:
            continue
        if not isinstance(value, nodes.Call):
            return None
        made.append(value)
    spelled = {call.func.as_string() for call in made}
    return made[0] if len(spelled) == 1 else None


def manager_classes(module: nodes.Module) -> dict[str, nodes.ClassDef]:
    """The module's classes deriving (directly or through each other) from a Manager."""
    found: dict[str, nodes.ClassDef] = {}
    imported = _multiprocessing_imports(module)
    changed = True
    while changed:
        changed = False
        for cls in module.body:
            if not isinstance(cls, nodes.ClassDef) or cls.name in found:
                continue
            if any(_is_manager_base(base, found, imported) for base in cls.bases):
                found[cls.name] = cls
                changed = True
    return found


def _is_manager_base(
    base: nodes.NodeNG, found: dict[str, nodes.ClassDef], imported: frozenset[str]
) -> bool:
    if isinstance(base, nodes.Name) and base.name in found:
        return True
    # Resolve only names a multiprocessing import binds: a lookup of every base is quadratic
    # in a module that rebinds one class name many times (`class A(A)` repeated).
    root = root_name(base)
    return (
        root is not None and root.name in imported and bool(syntactic_names(base) & _MANAGER_BASES)
    )


def _multiprocessing_imports(module: nodes.Module) -> frozenset[str]:
    """The names the module's imports of multiprocessing (or its submodules) bind."""
    bound: set[str] = set()
    for statement in nodes_in(module, (nodes.Import, nodes.ImportFrom)):
        if isinstance(statement, nodes.Import):
            bound.update(
                alias or name.split(".")[0]
                for name, alias in statement.names
                if name.split(".")[0] == "multiprocessing"
            )
        elif statement.modname.split(".")[0] == "multiprocessing" and not statement.level:
            bound.update(alias or name for name, alias in statement.names)
    return frozenset(bound)


def _manager_class(creation: nodes.Call, classes: dict[str, nodes.ClassDef]) -> str | None:
    """The name of the manager class `creation` builds (one of the module's, or the standard
    library's), or None."""
    func = creation.func
    if isinstance(func, nodes.Name) and func.name in classes:
        return str(func.name)
    returned = _returned_local_class(func)
    name = str(returned.name) if returned is not None else ""
    if name and classes.get(name) is returned:
        return name
    names = syntactic_names(func)
    return str(func.as_string()).rsplit(".", 1)[-1] if names & _MANAGER_BASES else None


def _returned_local_class(func: nodes.NodeNG) -> nodes.ClassDef | None:
    """`cls` of `cls = self._get_manager_class()`, where the method (or a function) returns
    the class it defines (neat-python 251)."""
    made = single_assigned_value(func) if isinstance(func, nodes.Name) else None
    if not isinstance(made, nodes.Call):
        return None
    helper = named_function(made.func) or own_method_called(made)
    returns = [r.value for r in own_nodes(helper, nodes.Return)] if helper else []
    if len(returns) != 1 or not isinstance(returns[0], nodes.Name):
        return None
    definitions = lookup(returns[0], returns[0].name)
    found = definitions[0] if len(definitions) == 1 else None
    return found if isinstance(found, nodes.ClassDef) else None


def _start_sink(
    start: nodes.Call, creation: nodes.Call, cls: str, registered: list[nodes.NodeNG]
) -> SinkCall:
    sink = SinkCall(start, _SINK, f"{cls}.start", creation)  # `ctx=` pins the start method
    if isinstance(start.func, nodes.Attribute) and start.func.attrname == "start":
        for role, index, name in _START_ARGUMENTS:
            given = argument(start, index, name)
            if given is not None:
                sink.pickled.append(Pickled(role, given, "value", kb.CHILD_ONLY))
    for callable_ in registered:
        role = f"a callable registered with `{cls}`"
        sink.pickled.append(Pickled(role, callable_, "value", kb.CHILD_ONLY))
    return sink


def _registrations(
    module: nodes.Module, classes: dict[str, nodes.ClassDef]
) -> list[tuple[str, nodes.NodeNG]]:
    """(class name, `callable=`) of every `Cls.register(...)` in the module, in source order
    (read once per module: every start of a manager needs them)."""
    found: list[tuple[str, nodes.NodeNG]] = []
    for name, call in register_calls(module, classes):
        registered = argument(call, 1, "callable")
        if registered is not None and not (
            isinstance(registered, nodes.Const) and registered.value is None
        ):
            found.append((name, registered))
    return found


def register_calls(
    module: nodes.Module, classes: dict[str, nodes.ClassDef]
) -> list[tuple[str, nodes.Call]]:
    """(class name, call) of every `Cls.register(...)` of the module on one of `classes` (its
    manager classes), in source order."""
    if not classes:
        return []
    return [
        (str(call.func.expr.name), call)
        for call in nodes_in(module, nodes.Call)
        if isinstance(call.func, nodes.Attribute)
        and call.func.attrname == "register"
        and isinstance(call.func.expr, nodes.Name)
        and call.func.expr.name in classes
    ]


def _lineage(cls: str, classes: dict[str, nodes.ClassDef]) -> set[str]:
    """`cls` and its bases among the module's manager classes."""
    names, pending = set(), [cls]
    while pending:
        name = pending.pop()
        if name in names or name not in classes:
            continue
        names.add(name)
        pending += [b.name for b in classes[name].bases if isinstance(b, nodes.Name)]
    return names
