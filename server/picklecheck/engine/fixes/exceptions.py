"""`exception-reduce`: an exception whose `__init__` needs more than it passes to
`super().__init__` cannot be unpickled (pickle calls `cls(*self.args)`). A `__reduce__` that
rebuilds it from its constructor arguments, kept as attributes, fixes that."""

from __future__ import annotations

import ast

from picklecheck.engine.fixes.classes import method_names, stored_parameters
from picklecheck.engine.fixes.scopes import attributes_stored
from picklecheck.engine.fixes.source import Parsed, insert_at_line
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety


def add_exception_reduce(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    cls = parsed.node_at(hint.data.get("class_span", []), (ast.ClassDef,))
    if not isinstance(cls, ast.ClassDef) or cls.name != hint.data.get("class"):
        return []
    if method_names(cls) & {"__reduce__", "__reduce_ex__", "__getstate__", "__setstate__"}:
        return []
    init = next(
        (s for s in cls.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"), None
    )
    parameters = _plain_parameters(init) if init is not None else None
    if init is None or parameters is None:
        return []
    me = init.args.args[0].arg
    stored = stored_parameters(init, me)
    attributes = {name: stored.get(name, name) for name in parameters}
    clashes = {n for n in parameters if n not in stored} & attributes_stored(cls, me)
    if clashes:
        return []
    edits = [_reduce_method(parsed, cls, [attributes[n] for n in parameters])]
    missing = [n for n in parameters if n not in stored]
    if missing:
        edits.insert(0, _store_arguments(parsed, init, me, missing))
    kept = ", ".join(f"`{n}`" for n in missing)
    title = f"Add `__reduce__` to `{cls.name}` that rebuilds it from its constructor arguments"
    if missing:
        title += f" (keeping {kept} as {'attributes' if len(missing) > 1 else 'an attribute'})"
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def _plain_parameters(init: ast.FunctionDef) -> list[str] | None:
    """Positional parameters after `self`; None when some cannot be passed positionally."""
    arguments = init.args
    if arguments.vararg or arguments.kwarg or arguments.kwonlyargs or arguments.posonlyargs:
        return None
    if not arguments.args:
        return None
    return [a.arg for a in arguments.args[1:]]


def _store_arguments(parsed: Parsed, init: ast.FunctionDef, me: str, names: list[str]) -> Edit:
    """Kept first thing in `__init__` (after a docstring), so no early return skips it."""
    body = init.body
    first = body[1] if len(body) > 1 and _is_docstring(body[0]) else body[0]
    indent = parsed.line_indent(first.lineno - 1)
    text = "".join(f"{indent}{me}.{name} = {name}\n" for name in names)
    return insert_at_line(first.lineno - 1, text)


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant)


def _reduce_method(parsed: Parsed, cls: ast.ClassDef, attributes: list[str]) -> Edit:
    indent = parsed.line_indent(cls.body[0].lineno - 1)
    unit = indent[len(parsed.line_indent(cls.lineno - 1)) :] or "    "
    values = ", ".join(f"self.{a}" for a in attributes) + ("," if len(attributes) == 1 else "")
    lines = [
        "def __reduce__(self):",
        f"{unit}# pickle would rebuild it as {cls.name}(*self.args), which __init__ does not take",
        f"{unit}return type(self), ({values}), self.__dict__",
    ]
    text = "\n" + "".join(f"{indent}{line}\n" for line in lines)
    return insert_at_line(cls.end_lineno or cls.lineno, text)
