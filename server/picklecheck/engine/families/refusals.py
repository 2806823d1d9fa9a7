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
