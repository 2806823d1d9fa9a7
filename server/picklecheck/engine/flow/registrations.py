"""Attributes an object gets by name from a registering method: DEAP's
`toolbox.register("evaluate", f, *args, **kwargs)` makes `toolbox.evaluate` a
`functools.partial(f, *args, **kwargs)`; a project class whose method does
`setattr(self, alias, partial(function, ...))` (or stores `function` itself) does the same.
astroid infers nothing for such attributes, so the value is read from the registering call.

`toolbox.register("map", pool.map)` is how DEAP programs parallelise: `toolbox.map(f, xs)` is
then `pool.map(f, xs)`, a process boundary that pickles `f` and every item."""

from __future__ import annotations

from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_facade import lookup
from picklecheck.engine.boundary import creating_call
from picklecheck.engine.flow.project import is_user_node
from picklecheck.engine.flow.syntax import assigned_value, own_nodes, syntactic_names
from picklecheck.engine.tree_memo import nodes_in, remember, remembered

# Registering methods known by their class's qualified name, read from the imports (DEAP need
# not be installed): the method's name, and where the alias and the function are passed.
_KNOWN: dict[str, tuple[str, int, int, bool]] = {"deap.base.Toolbox": ("register", 0, 1, True)}
_PARTIAL = frozenset({"functools.partial", "partial"})


@dataclass(frozen=True)
class Registration:
    call: nodes.Call  # `toolbox.register("evaluate", f, 3)`
    function: nodes.NodeNG  # `f`
    extras: tuple[nodes.NodeNG, ...]  # the arguments a partial keeps (`3`)
    positional_extras: int  # how many of them come before the caller's own arguments


def registration(receiver: nodes.NodeNG, alias: str) -> Registration | None:
    """The one call registering `alias` on the object `receiver` names (a name bound once to
    a constructor call, or `self.x` set once so); None when there is no such call, or more
    than one (which one ran is not known)."""
    creation = creating_call(receiver) if isinstance(receiver, nodes.NodeNG) else None
    form = _registering_form(creation) if creation is not None else None
    if form is None:
        return None
    method, alias_at, function_at, partial = form
    found = [
        call
        for call in _calls_on_same_object(receiver, method)
        if _const_arg(call, alias_at) == alias and len(call.args) > function_at
    ]
    if len(found) != 1:
        return None
    return _registered(found[0], function_at, partial)


def registered_by(call: nodes.Call) -> Registration | None:
    """What `call` registers when it is `obj.register("alias", function, ...)` on an object
    with a registering method (the state it adds to the object)."""
    func = call.func
    creation = creating_call(func.expr) if isinstance(func, nodes.Attribute) else None
    form = _registering_form(creation) if creation is not None else None
    if form is None or form[0] != func.attrname:
        return None
    _method, alias_at, function_at, partial = form
    if _const_arg(call, alias_at) is None or len(call.args) <= function_at:
        return None
    return _registered(call, function_at, partial)


def _registered(call: nodes.Call, function_at: int, partial: bool) -> Registration:
    if not partial:
        return Registration(call, call.args[function_at], (), 0)
    extras = (*call.args[function_at + 1 :], *(k.value for k in call.keywords or []))
    positional = len(call.args) - function_at - 1
    return Registration(call, call.args[function_at], tuple(extras), positional)


def _registering_form(creation: nodes.Call) -> tuple[str, int, int, bool] | None:
    """(method, alias position, function position, whether a partial keeps the arguments
    after the function) of the registering method of the class `creation` constructs: known by
    name, or a project class's method storing a parameter under the name another parameter
    gives (`setattr(self, alias, partial(function, ...))`). Remembered on the call."""
    known = remembered(creation, "registering_form")
    if known is None:
        known = _read_registering_form(creation) or ()
        remember(creation, "registering_form", known)
    return known or None


def _read_registering_form(creation: nodes.Call) -> tuple[str, int, int, bool] | None:
    for name in syntactic_names(creation.func):
        if name in _KNOWN:
            return _KNOWN[name]
    if not isinstance(creation.func, nodes.Name):
        return None
    found = lookup(creation.func, creation.func.name)
    cls = found[0] if len(found) == 1 else None
    if not isinstance(cls, nodes.ClassDef) or not is_user_node(cls):
        return None
    for method in cls.mymethods():
        form = _setattr_form(method)
        if form is not None:
            return method.name, *form
    return None


def _setattr_form(method: nodes.FunctionDef) -> tuple[int, int, bool] | None:
    """(alias position, function position, partial), counted after `self`, when the method's
    body does
    `setattr(self, alias, function)` or `setattr(self, alias, partial(function, ...))`, the
    partial possibly bound to a local name first."""
    parameters = [a.name for a in method.args.args or []]
    if len(parameters) < 3:
        return None
    for call in own_nodes(method, nodes.Call):
        if not (
            isinstance(call.func, nodes.Name)
            and call.func.name == "setattr"
            and len(call.args) == 3
            and isinstance(call.args[0], nodes.Name)
            and call.args[0].name == parameters[0]
            and isinstance(call.args[1], nodes.Name)
            and call.args[1].name in parameters[1:]
        ):
            continue
        stored = _stored_parameter(call.args[2], parameters)
        if stored is not None:
            alias = parameters.index(call.args[1].name) - 1
            return alias, parameters.index(stored[0]) - 1, stored[1]
    return None


def _stored_parameter(value: nodes.NodeNG, parameters: list[str]) -> tuple[str, bool] | None:
    """The parameter `value` is, or wraps in `partial(parameter, ...)`, seen through one local
    name (`pfunc = partial(function, *args); setattr(self, alias, pfunc)`)."""
    if isinstance(value, nodes.Name) and value.name not in parameters:
        definitions = lookup(value, value.name)
        if len(definitions) == 1:
            value = assigned_value(definitions[0])[0] or value
    partial = isinstance(value, nodes.Call) and bool(set(syntactic_names(value.func)) & _PARTIAL)
    if partial:
        assert isinstance(value, nodes.Call)
        value = value.args[0] if value.args else value
    if isinstance(value, nodes.Name) and value.name in parameters[1:]:
        return str(value.name), partial
    return None


def _calls_on_same_object(receiver: nodes.NodeNG, method: str) -> list[nodes.Call]:
    """Calls of `method` on the object `receiver` names: through the same binding of a name,
    or on `self.<same attribute>` in a method of the same class."""
    if isinstance(receiver, nodes.Name):
        binding = lookup(receiver, receiver.name)
        return [
            call
            for call in nodes_in(receiver.root(), nodes.Call)
            if isinstance(call.func, nodes.Attribute)
            and call.func.attrname == method
            and isinstance(call.func.expr, nodes.Name)
            and call.func.expr.name == receiver.name
            and lookup(call.func.expr, receiver.name) == binding
        ]
    if isinstance(receiver, nodes.Attribute) and isinstance(receiver.expr, nodes.Name):
        cls = receiver.frame().parent
        if not isinstance(cls, nodes.ClassDef):
            return []
        return [
            call
            for call in nodes_in(cls, nodes.Call)
            if isinstance(call.func, nodes.Attribute)
            and call.func.attrname == method
            and isinstance(call.func.expr, nodes.Attribute)
            and call.func.expr.attrname == receiver.attrname
            and isinstance(call.func.expr.expr, nodes.Name)
            and call.func.expr.expr.name == receiver.expr.name
        ]
    return []


def _const_arg(call: nodes.Call, position: int) -> str | None:
    given = call.args[position] if len(call.args) > position else None
    return given.value if isinstance(given, nodes.Const) and isinstance(given.value, str) else None
