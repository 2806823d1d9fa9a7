"""Values put into lists, dicts and sets after the container was created."""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.syntax import (
    assigned_value,
    called_before,
    constructed_project_class,
    decorates_before,
    is_inside,
    is_name,
    loops_around,
    own_nodes,
    qname_of,
    safe_ancestors,
    single_assignment,
)

_CONTAINERS = (nodes.List, nodes.Dict, nodes.Set, nodes.ListComp, nodes.DictComp)
_CONTAINER_CALLS = ("list", "dict", "set")


def is_container(value: nodes.NodeNG | None) -> bool:
    """A literal container, a comprehension, or an empty `list()`/`dict()`/`set()`."""
    if isinstance(value, nodes.Call):
        func = value.func
        return isinstance(func, nodes.Name) and func.name in _CONTAINER_CALLS and not value.args
    return isinstance(value, _CONTAINERS)


# What a dict subclass may define and still store and pickle its items as a dict does.
_DICT_BEHAVIOUR = ("__init__", "__setitem__", "__reduce__", "__reduce_ex__", "__getstate__")


def makes_plain_dict_subclass(value: nodes.NodeNG | None) -> bool:
    """`class Item(dict): pass` (scrapy-like items): made with keywords and filled by
    `item[key] = value`, pickled by its items as a dict is."""
    cls = constructed_project_class(value)
    if cls is None:
        return False
    hierarchy = [cls, *(a for a in safe_ancestors(cls) if is_user_node(a))]
    if any(name in klass.locals for klass in hierarchy for name in _DICT_BEHAVIOUR):
        return False
    return any(qname_of(a) == "builtins.dict" for a in safe_ancestors(cls))


def additions(
    definition: nodes.AssignName, use: nodes.NodeNG
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) for every value put into the container `definition` creates, by the
    statements of its scope between the creation and `use`: `jobs = []`, then
    `jobs.append({...})` in a loop, then `return jobs` (the loop's lines lie in between)."""
    value, _note = assigned_value(definition)
    if not (is_container(value) or makes_plain_dict_subclass(value)):
        return []
    name, start, end = str(definition.name), definition.lineno or 0, use.lineno or 0
    found = _added_between(definition.scope(), name, start, end)
    return found + _added_by_reader(definition, use)


def _added_by_reader(
    definition: nodes.AssignName, use: nodes.NodeNG
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """What the function reading a module-level container puts into it before the read: a
    memoising getter (`if key not in _clients: _clients[key] = make(key)`, then
    `return _clients[key]`)."""
    reader = use.frame()
    if reader is definition.scope() or not isinstance(definition.scope(), nodes.Module):
        return []
    return _added_between(reader, str(definition.name), -1, use.lineno or 0)


def _added_between(
    scope: nodes.NodeNG, name: str, start: int, end: int
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) put into the container `name` by the statements of `scope` on
    the lines strictly between `start` and `end`."""
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for node in own_nodes(scope, (nodes.Call, nodes.Assign)):
        if start < (node.lineno or 0) < end:
            found.extend((node, added) for added in added_to(node, name))
    return found


def added_by_functions(
    definition: nodes.AssignName, use: nodes.NodeNG
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) put into a module-level container by the module's functions called
    before `use` in its scope (`SIGNALS = []`, `register()` appending to it, then
    `pool.map(check, SIGNALS)`): no `global` is needed to fill a list."""
    value, _note = assigned_value(definition)
    module = definition.scope()
    if not is_container(value) or not isinstance(module, nodes.Module):
        return []
    name = str(definition.name)
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for function in module.body:
        if not isinstance(function, nodes.FunctionDef):
            continue
        runs = called_before(function, use) or decorates_before(function, use)
        filling = [function] if runs else []
        if decorates_before(function, use, made=True):
            filling += _returned_inner_functions(function)  # `@plugin("x")` runs `decorate`
        for node in (n for f in filling for n in own_nodes(f, (nodes.Call, nodes.Assign))):
            added = added_to(node, name)
            if added and definition in lookup(container_name(node), name):
                found.extend((node, item) for item in added)
    return found


def _returned_inner_functions(factory: nodes.FunctionDef) -> list[nodes.FunctionDef]:
    """The functions `factory` defines and returns (`def decorate(fn): ...; return decorate`)."""
    returned = {
        r.value.name for r in own_nodes(factory, nodes.Return) if isinstance(r.value, nodes.Name)
    }
    return [f for f in factory.body if isinstance(f, nodes.FunctionDef) and f.name in returned]


def container_name(node: nodes.NodeNG) -> nodes.NodeNG:
    """The name of the container a statement `added_to` accepted adds to."""
    if isinstance(node, nodes.Assign):
        target = next(t for t in node.targets if isinstance(t, nodes.Subscript))
        return target.value
    return node.func.expr


def registered_by_init(
    definition: nodes.AssignName, use: nodes.NodeNG
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) put into a module-level container by `__init__` of the class whose
    method reads it at `use`: the instance registered it before any of its methods ran
    (keras' `_SHARED_SEQUENCES[self.uid] = sequence`, then `Pool(initargs=(_SHARED_...,))`)."""
    method = use.frame()
    cls = method.parent if isinstance(method, nodes.FunctionDef) else None
    if not isinstance(definition.scope(), nodes.Module) or not isinstance(cls, nodes.ClassDef):
        return []
    init = cls.locals.get("__init__", [None])[0]
    if not isinstance(init, nodes.FunctionDef) or init is method:
        return []
    if not is_container(assigned_value(definition)[0]):
        return []
    name = str(definition.name)
    if name in init.locals:
        return []  # a local of the same name (or `global` rebinding it) in `__init__`
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for node in own_nodes(init, (nodes.Call, nodes.Assign)):
        found.extend((node, added) for added in added_to(node, name))
    return found


def added_to(node: nodes.NodeNG, container: str) -> list[nodes.NodeNG]:
    """Values a statement adds to the list/dict/set named `container`."""
    if isinstance(node, nodes.Assign):
        return [
            node.value
            for target in node.targets
            if isinstance(target, nodes.Subscript) and is_name(target.value, container)
        ]
    func = node.func
    if not (isinstance(func, nodes.Attribute) and is_name(func.expr, container)):
        return []
    return call_additions(node)


def call_additions(call: nodes.Call) -> list[nodes.NodeNG]:
    """What `<container>.append(v)`, `.add`, `.insert`, `.setdefault`, or `.extend`/`.update`
    of a literal put into the container the call is made on."""
    func = call.func
    if not isinstance(func, nodes.Attribute):
        return []
    if func.attrname in ("append", "add") and call.args:
        return [call.args[0]]
    if func.attrname in ("insert", "setdefault") and len(call.args) == 2:
        return [call.args[1]]
    if func.attrname in ("extend", "update") and call.args:
        argument = call.args[0]
        if isinstance(argument, (nodes.List, nodes.Tuple, nodes.Set)):
            return list(argument.elts)
        if isinstance(argument, nodes.Dict):
            return [v for _k, v in argument.items]
    return []


def attribute_additions(
    scope: nodes.FunctionDef, receiver: str, attribute: str, use: nodes.NodeNG
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) for `receiver.<attribute>.append(value)` or
    `receiver.<attribute>[key] = value` in `scope` before `use`, or anywhere in a loop around
    `use`: the next round pickles what this one added."""
    loops = loops_around(use, scope)
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for node in own_nodes(scope, (nodes.Call, nodes.Assign)):
        added = _attribute_added_to(node, receiver)
        if added is None or added[0] != attribute:
            continue
        earlier = (node.lineno or 0) < (use.lineno or 0)
        if earlier or any(is_inside(node, loop) for loop in loops):
            found.extend((node, value) for value in added[1])
    return found


def attributes_filled_in_loops(scope: nodes.FunctionDef, use: nodes.NodeNG) -> list[str]:
    """Attributes of `self` that a loop around `use` adds to, after `use` in the loop body:
    the next round pickles what this one added."""
    me = "self"
    found: list[str] = []
    for loop in loops_around(use, scope):
        for node in own_nodes(loop, (nodes.Call, nodes.Assign)):
            added = _attribute_added_to(node, me)
            if added is not None and added[0] not in found:
                found.append(added[0])
    return found


def additions_to_attributes(
    scope: nodes.NodeNG, receiver: str, start: int, end: int
) -> list[tuple[nodes.NodeNG, str, nodes.NodeNG]]:
    """(statement, attribute, value) for every `receiver.<attribute>.append(value)` (or add,
    insert, update, ...) and `receiver.<attribute>[key] = value` among the statements of
    `scope` on lines strictly between `start` and `end`."""
    found: list[tuple[nodes.NodeNG, str, nodes.NodeNG]] = []
    for node in own_nodes(scope, (nodes.Call, nodes.Assign)):
        added = _attribute_added_to(node, receiver)
        if added is not None and start < (node.lineno or 0) < end:
            found.extend((node, added[0], value) for value in added[1])
    return found


def items_added_to(scope: nodes.NodeNG, receiver: str) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) for every `receiver[key] = value` or `receiver.append(value)` (add,
    update, ...) in `scope`: the items a method puts into `self` when its class derives from
    dict, list or set."""
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for node in own_nodes(scope, (nodes.Call, nodes.Assign)):
        found.extend((node, value) for value in added_to(node, receiver))
    return found


def _attribute_added_to(node: nodes.NodeNG, receiver: str) -> tuple[str, list[nodes.NodeNG]] | None:
    """(`x`, values) of `receiver.x.append(value)` (add, insert, ...) or
    `receiver.x[key] = value`; None for any other statement."""
    if isinstance(node, nodes.Assign):
        for target in node.targets:
            if isinstance(target, nodes.Subscript) and _is_attribute_of(target.value, receiver):
                return str(target.value.attrname), [node.value]
        return None
    func = node.func
    if isinstance(func, nodes.Attribute) and _is_attribute_of(func.expr, receiver):
        values = call_additions(node)
        return (str(func.expr.attrname), values) if values else None
    return None


def _is_attribute_of(node: nodes.NodeNG, receiver: str) -> bool:
    return isinstance(node, nodes.Attribute) and is_name(node.expr, receiver)


def loop_elements(expr: nodes.NodeNG) -> list[nodes.NodeNG]:
    """The expressions a loop variable takes in turn when it iterates a display: `f` in
    `for f in [a, b]`, `for i, f in enumerate([a, b])` (also a name bound once to the
    display, and comprehensions); empty otherwise."""
    if not isinstance(expr, nodes.Name):
        return []
    definitions = lookup(expr, expr.name)
    target = definitions[0] if len(definitions) == 1 else None
    if not isinstance(target, nodes.AssignName):
        return []
    parent = target.parent
    iterated: nodes.NodeNG | None = None
    if isinstance(parent, (nodes.For, nodes.Comprehension)) and parent.target is target:
        iterated = parent.iter
    elif (
        isinstance(parent, nodes.Tuple)
        and isinstance(parent.parent, (nodes.For, nodes.Comprehension))
        and parent.parent.target is parent
        and len(parent.elts) == 2
        and parent.elts[1] is target
    ):
        made = parent.parent.iter
        if isinstance(made, nodes.Call) and is_name(made.func, "enumerate") and made.args:
            iterated = made.args[0]
    if isinstance(iterated, nodes.Name):
        bound = lookup(iterated, iterated.name)
        iterated = assigned_value(bound[0])[0] if len(bound) == 1 else None
    if isinstance(iterated, (nodes.List, nodes.Tuple)):
        return [e for e in iterated.elts if not isinstance(e, nodes.Starred)]
    if isinstance(iterated, (nodes.ListComp, nodes.GeneratorExp, nodes.SetComp)):
        return [iterated.elt]  # `stores = [ZipStore(p) for p in paths]`: each is made alike
    return []


_REORDERING_METHODS = frozenset({"insert", "pop", "remove", "sort", "reverse", "clear"})


def constant_index_value(expr: nodes.Subscript) -> nodes.NodeNG | None:
    """What `captured[0][1]` reads when `captured` is assigned once a display of displays
    (`[("r", capture_context())]`): the element at each constant index, or a comprehension's
    element whatever the index. None when an index is not a constant or the list may be
    reordered in place."""
    whole = _indexed_display(expr.value)
    index = expr.slice
    if isinstance(whole, nodes.ListComp):
        return whole.elt
    if not (isinstance(whole, (nodes.List, nodes.Tuple)) and isinstance(index, nodes.Const)):
        return None
    position = index.value
    if not isinstance(position, int) or isinstance(position, bool):
        return None
    if any(isinstance(e, nodes.Starred) for e in whole.elts):
        return None
    return whole.elts[position] if -len(whole.elts) <= position < len(whole.elts) else None


def _indexed_display(expr: nodes.NodeNG) -> nodes.NodeNG | None:
    if isinstance(expr, nodes.Subscript):
        return constant_index_value(expr)
    definition = single_assignment(expr) if isinstance(expr, nodes.Name) else None
    if definition is None:
        return None
    value, _note = assigned_value(definition)
    if isinstance(value, nodes.List) and _reordered(definition.scope(), str(expr.name)):
        return None
    return value if isinstance(value, (nodes.List, nodes.Tuple, nodes.ListComp)) else None


def _reordered(scope: nodes.NodeNG, name: str) -> bool:
    """`name.insert(0, x)`, `name.sort()`, `name[i] = y`, ... somewhere in `scope`."""
    for call in own_nodes(scope, nodes.Call):
        func = call.func
        reorders = isinstance(func, nodes.Attribute) and func.attrname in _REORDERING_METHODS
        if reorders and is_name(func.expr, name):
            return True
    stores = own_nodes(scope, (nodes.Assign, nodes.AugAssign, nodes.Delete))
    return any(
        isinstance(target, nodes.Subscript) and is_name(target.value, name)
        for store in stores
        for target in getattr(store, "targets", [getattr(store, "target", None)])
    )
