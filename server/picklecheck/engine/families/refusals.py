"""Objects whose own pickling hook refuses: a `__getstate__`, `__reduce__` or `__reduce_ex__`
that raises before doing anything else (a wrapper of an OS handle saying it cannot be sent,
an image whose data is truncated). pickle calls the hook while sending the object: the
boundary fails with that exception, or a pool's feeder thread dies and the caller waits.

pickle asks `__reduce_ex__` first; object's own `__reduce_ex__` asks `__reduce__`, whose
default asks `__getstate__`. The nearest class defining any of them decides, by that order.
"""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine import rules
from picklecheck.engine.families.rebuild import REBUILDERS
from picklecheck.engine.flow.state import is_instance_dict
from picklecheck.engine.flow.syntax import is_self, safe_ancestors
from picklecheck.engine.problem import Problem

_HOOKS = ("__reduce_ex__", "__reduce__", "__getstate__")


def refused_pickling(cls: nodes.ClassDef) -> Problem | None:
    """The hook that decides how `cls` pickles, when its first statement raises."""
    for klass in [cls, *safe_ancestors(cls)]:
        defined = [klass.locals[name][0] for name in _HOOKS if name in klass.locals]
        if not defined:
            continue
        hook = _delegated_to(klass, _aliased_method(klass, defined[0]))
        raised = _raised_first(hook) if isinstance(hook, nodes.FunctionDef) else None
        if raised is None:
            return None
        note = f"`{klass.name}.{hook.name}` raises {raised} whenever it is pickled"
        return Problem.at(
            rules.PKL005,
            (hook, note),
            f"an instance of `{cls.name}`, whose `{hook.name}` raises {raised}",
            f"{raised} raised by `{klass.name}.{hook.name}` while pickling",
        )
    return None


def _aliased_method(cls: nodes.ClassDef, hook: nodes.NodeNG) -> nodes.NodeNG:
    """`__reduce__ = __reduce_cython__` in the class body (Cython's generated types): the
    method of the class that name is bound to."""
    statement = hook.parent if isinstance(hook, nodes.AssignName) else None
    value = statement.value if isinstance(statement, nodes.Assign) else None
    if isinstance(value, nodes.Name):
        found = cls.locals.get(value.name, [None])[0]
        if isinstance(found, nodes.FunctionDef):
            return found
    return hook


def _delegated_to(cls: nodes.ClassDef, hook: nodes.NodeNG) -> nodes.NodeNG:
    """`return self.__reduce_cython__()` as the hook's first statement: the method of the
    class it hands pickling to (pysam's AlignmentFile stand-ins)."""
    first = _first_statement(hook) if isinstance(hook, nodes.FunctionDef) else None
    call = first.value if isinstance(first, nodes.Return) else None
    func = call.func if isinstance(call, nodes.Call) else None
    if not (isinstance(func, nodes.Attribute) and is_self(func.expr)):
        return hook
    for klass in [cls, *safe_ancestors(cls)]:
        found = klass.locals.get(str(func.attrname), [None])[0]
        if found is not None:
            return found if isinstance(found, nodes.FunctionDef) and found is not hook else hook
    return hook


def _raised_first(hook: nodes.FunctionDef) -> str | None:
    """The exception class the hook's first statement raises (after a docstring)."""
    first = _first_statement(hook)
    if not isinstance(first, nodes.Raise) or first.exc is None:
        return None
    raised = first.exc.func if isinstance(first.exc, nodes.Call) else first.exc
    if isinstance(raised, nodes.Name):
        return str(raised.name)
    if isinstance(raised, nodes.Attribute):
        return str(raised.attrname)
    return None


def _first_statement(hook: nodes.FunctionDef) -> nodes.NodeNG | None:
    """The hook's first statement after a docstring."""
    return next((s for s in hook.body if not _docstring(s)), None)


def _docstring(statement: nodes.NodeNG) -> bool:
    return isinstance(statement, nodes.Expr) and isinstance(statement.value, nodes.Const)


def missing_state_key(
    cls: nodes.ClassDef, setters: list[nodes.AssignAttr] | None, attribute_set_later: bool
) -> Problem | None:
    """`__getstate__` copying `self.__dict__` and then `del state["executor"]` (or
    `state.pop("executor")`) for an attribute this object never got: `__init__` sets it only
    on a branch its construction does not take (`if not readonly:`), so pickling raises
    KeyError (gplately 386, boto 3709). `setters`: the construction's stores of each
    attribute that were not ruled out, by the caller; `attribute_set_later`: another method
    may set it."""
    getstate = _own_getstate(cls)
    if getstate is None or attribute_set_later:
        return None
    for key, statement in _deleted_keys(getstate):
        if setters is not None and key in {s.attrname for s in setters}:
            continue
        return Problem.at(
            rules.PKL005,
            (statement, f"`{cls.name}.__getstate__` deletes `{key}` from the copied state"),
            f"an instance of `{cls.name}`, whose `__getstate__` deletes `{key}`, which this "
            "object never set",
            f"KeyError: '{key}'",
        )
    return None


def deleted_state_keys(cls: nodes.ClassDef) -> list[str]:
    """The keys the class's own `__getstate__` deletes unconditionally from its copied
    `__dict__`."""
    getstate = _own_getstate(cls)
    return [key for key, _ in _deleted_keys(getstate)] if getstate is not None else []


def _own_getstate(cls: nodes.ClassDef) -> nodes.FunctionDef | None:
    """The `__getstate__` that decides how `cls` pickles, when no reduce hook comes first."""
    for klass in [cls, *safe_ancestors(cls)]:
        if "__reduce__" in klass.locals or "__reduce_ex__" in klass.locals:
            return None
        found = klass.locals.get("__getstate__", [None])[0]
        if found is not None:
            return found if isinstance(found, nodes.FunctionDef) else None
    return None


def _deleted_keys(getstate: nodes.FunctionDef) -> list[tuple[str, nodes.NodeNG]]:
    """(key, statement) for `del state["k"]` / `state.pop("k")` statements of the method's own
    body (not under an `if` or `try`), `state` a copy of `self.__dict__` made before."""
    copies: set[str] = set()
    found = []
    for statement in getstate.body:
        if isinstance(statement, nodes.Assign) and is_instance_dict(statement.value):
            copies |= {t.name for t in statement.targets if isinstance(t, nodes.AssignName)}
            continue
        key = _deleted_key(statement, copies)
        if key is not None:
            found.append((key, statement))
    return found


def _deleted_key(statement: nodes.NodeNG, copies: set[str]) -> str | None:
    if isinstance(statement, nodes.Delete) and len(statement.targets) == 1:
        target = statement.targets[0]
        if isinstance(target, nodes.Subscript) and _names_one_of(target.value, copies):
            return _text(target.slice)
    call = statement.value if isinstance(statement, nodes.Expr) else None
    if (
        isinstance(call, nodes.Call)
        and isinstance(call.func, nodes.Attribute)
        and call.func.attrname == "pop"
        and len(call.args) == 1
        and not call.keywords
        and _names_one_of(call.func.expr, copies)
    ):
        return _text(call.args[0])
    return None


def _names_one_of(expr: nodes.NodeNG, names: set[str]) -> bool:
    return isinstance(expr, nodes.Name) and expr.name in names


def _text(node: nodes.NodeNG) -> str | None:
    return node.value if isinstance(node, nodes.Const) and isinstance(node.value, str) else None


def immutable_slots(cls: nodes.ClassDef) -> Problem | None:
    """A class with `__slots__` whose `__setattr__` raises before doing anything else (an
    immutable container) and that says nothing about how it is pickled: pickle restores a
    slot's value with `setattr`, which raises in the process that unpickles it (returns 202:
    a Pool's result handler dies and the caller waits)."""
    hierarchy = [cls, *safe_ancestors(cls)]
    users = [k for k in hierarchy if k.root().name != "builtins"]
    if any(name in k.locals for k in users for name in REBUILDERS):
        return None
    if not any(_declares_slots(k) for k in users):
        return None
    owner = next((k for k in users if "__setattr__" in k.locals), None)
    hook = owner.locals["__setattr__"][0] if owner is not None else None
    raised = _raised_first(hook) if isinstance(hook, nodes.FunctionDef) else None
    if owner is None or raised is None:
        return None
    note = f"`{owner.name}.__setattr__` raises {raised}, and pickle restores slots with setattr"
    return Problem.at(
        rules.PKL005,
        (hook, note),
        f"an instance of `{cls.name}`, whose slots cannot be set again (`__setattr__` raises)",
        f"{raised} raised by `{owner.name}.__setattr__` while unpickling",
    )


def _declares_slots(cls: nodes.ClassDef) -> bool:
    found = cls.locals.get("__slots__", [None])[0]
    statement = found.parent if isinstance(found, nodes.AssignName) else None
    value = statement.value if isinstance(statement, nodes.Assign) else None
    return (isinstance(value, (nodes.Tuple, nodes.List)) and bool(value.elts)) or (
        isinstance(value, nodes.Const) and isinstance(value.value, str)
    )
