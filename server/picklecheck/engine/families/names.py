"""Not the same object: pickle stores functions and classes by module and name, and checks on
the way out that the name leads back to the very object. It does not when

- a decorator class replaced the function (`@Counted def square`): the module name `square`
  now holds a `Counted` instance, whose state holds the original function;
- the class was defined again later in the module: instances made before the second `class`
  statement belong to a class the name no longer refers to;
- a `namedtuple("Pt", ...)` is bound to another name (`Point`): pickle looks for `Pt`.

Each failure is certain whatever the start method: the parent's own pickler refuses.
"""

from __future__ import annotations

from collections.abc import Callable

from astroid import nodes

_TUPLE_FACTORIES = frozenset({"collections.namedtuple", "typing.NamedTuple"})
# (what, error, chain of (node, note)): values.py makes a PKL014 Problem of it.
Found = tuple[str, str, tuple[tuple[nodes.NodeNG, str], ...]]


def replaced_by_class_instance(function: nodes.FunctionDef, decorator: nodes.ClassDef) -> Found:
    """`@Counted` on a module-level function, where `Counted.__init__` keeps the function."""
    error = (
        f"PicklingError: Can't pickle <function {function.name}>: it's not the same object "
        f"as __main__.{function.name}"
    )
    what = f"a function its decorator replaced by a `{decorator.name}` instance"
    chain = (
        (function, f"`@{decorator.name}` binds `{function.name}` to a `{decorator.name}` instance"),
        (decorator, "the instance keeps the original function, which pickle looks up by name"),
    )
    return what, error, chain


def keeps_its_argument(decorator: nodes.ClassDef) -> bool:
    """Whether `__init__(self, f)` stores `f` on the instance (so pickling it pickles `f`)."""
    init = decorator.locals.get("__init__", [None])[0]
    if not isinstance(init, nodes.FunctionDef) or len(init.args.args) < 2:
        return False
    if any(name in decorator.locals for name in ("__reduce__", "__reduce_ex__", "__getstate__")):
        return False
    parameter = init.args.args[1].name
    return any(
        isinstance(assign.value, nodes.Name) and assign.value.name == parameter
        for assign in init.nodes_of_class(nodes.Assign)
        if any(isinstance(t, nodes.AssignAttr) for t in assign.targets)
    )


def redefined_class(cls: nodes.ClassDef) -> Found | None:
    """A module-level class whose name a later module-level `class` statement takes over."""
    module = cls.parent
    if not isinstance(module, nodes.Module):
        return None
    later = [
        other
        for other in module.body
        if isinstance(other, nodes.ClassDef)
        and other.name == cls.name
        and (other.lineno or 0) > (cls.lineno or 0)
    ]
    if not later:
        return None
    error = (
        f"PicklingError: Can't pickle <class '__main__.{cls.name}'>: it's not the same object "
        f"as __main__.{cls.name}"
    )
    chain = (
        (cls, f"this `{cls.name}` is the class of the object"),
        (later[-1], f"`{cls.name}` is defined again here; the name now means this class"),
    )
    return f"an instance of a `{cls.name}` class defined again later", error, chain


def misnamed_tuple(
    definitions: list[nodes.NodeNG], names_of: Callable[[nodes.NodeNG], set[str]]
) -> Found | None:
    """`Point = namedtuple("Pt", ...)` at module level: instances are pickled as `Pt`."""
    if len(definitions) != 1 or not isinstance(definitions[0], nodes.AssignName):
        return None
    definition = definitions[0]
    value = definition.parent.value if isinstance(definition.parent, nodes.Assign) else None
    if not isinstance(value, nodes.Call) or not value.args:
        return None
    if not isinstance(definition.scope(), nodes.Module):
        return None
    typename = value.args[0]
    if not (isinstance(typename, nodes.Const) and isinstance(typename.value, str)):
        return None
    if typename.value == definition.name or not names_of(value.func) & _TUPLE_FACTORIES:
        return None
    error = (
        f"PicklingError: Can't pickle <class '__main__.{typename.value}'>: attribute lookup "
        f"{typename.value} on __main__ failed"
    )
    note = f"the class is named `{typename.value}` but bound to `{definition.name}`"
    what = f"an instance of `{definition.name}`, a class named `{typename.value}`"
    return what, error, ((definition.statement(), note),)
