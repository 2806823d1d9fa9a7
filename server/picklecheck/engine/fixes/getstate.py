"""`add-getstate`: keep unpicklable attributes out of an instance's pickled state.

`__getstate__` drops them; `__setstate__` rebuilds what can be rebuilt from the remaining
state (a file reopened from its path and mode, a lock recreated, a sqlite connection
reconnected) and sets the rest to None. A file or connection whose arguments cannot be
recovered from other attributes makes the fix unavailable instead of wrong.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from picklecheck.engine.fixes.source import Parsed, insert_at_line
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety, Span

_FILE_OPENERS = {"open", "io.open"}
_RECREATED = {
    "threading.Lock": "a new lock",
    "threading.RLock": "a new lock",
    "threading.Condition": "a new condition",
    "threading.Event": "a new event",
    "threading.Semaphore": "a new semaphore",
    "threading.BoundedSemaphore": "a new semaphore",
    "queue.Queue": "a new, empty queue",
}
_RECONNECTED = {"sqlite3.connect"}
_ALWAYS_NONE = (ast.Lambda, ast.GeneratorExp)


@dataclass(frozen=True)
class Attribute:
    name: str
    method: ast.FunctionDef
    value: ast.expr


@dataclass(frozen=True)
class Rebuild:
    """How `__setstate__` restores one dropped attribute: an expression and why it is there."""

    attribute: str
    expression: str
    comment: str


def add_getstate(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    cls = parsed.node_at(hint.data.get("class_span", []), (ast.ClassDef,))
    if not isinstance(cls, ast.ClassDef) or cls.name != hint.data.get("class"):
        return []
    if _methods(cls) & {"__reduce__", "__reduce_ex__"} or _has_slots(cls):
        return []
    assigned = _attribute_assignments(cls)
    names = _unpicklable(assigned, [str(a) for a in hint.data.get("attrs", [])])
    rebuilds = [_rebuild(parsed, assigned.get(name), name) for name in names]
    if not names or any(r is None for r in rebuilds):
        return []
    edits = _edits(parsed, cls, [r for r in rebuilds if r is not None])
    if edits is None:
        return []
    listed = " and ".join(f"`{n}`" for n in names)
    action = "Extend `__getstate__` of" if "__getstate__" in _methods(cls) else "Add"
    if action == "Add":
        action = "Add `__getstate__`/`__setstate__` to"
    title = f"{action} `{cls.name}`: drop {listed} when pickled, rebuild them after unpickling"
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


# ---- what to drop ------------------------------------------------------------------------


def _methods(cls: ast.ClassDef) -> set[str]:
    return {s.name for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}


def _has_slots(cls: ast.ClassDef) -> bool:
    for statement in cls.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == "__slots__" for t in targets):
            return True
    return False


def _attribute_assignments(cls: ast.ClassDef) -> dict[str, Attribute]:
    """`self.x = value` statements in the class's methods, first assignment wins."""
    found: dict[str, Attribute] = {}
    for method in cls.body:
        if not isinstance(method, ast.FunctionDef) or not method.args.args:
            continue
        me = method.args.args[0].arg
        for node in ast.walk(method):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0]
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == me
            ):
                found.setdefault(target.attr, Attribute(target.attr, method, node.value))
    return found


def _unpicklable(assigned: dict[str, Attribute], reported: list[str]) -> list[str]:
    """The reported attributes plus any other one set from a known unpicklable constructor."""
    names = list(dict.fromkeys(reported))
    for name, attribute in assigned.items():
        if name not in names and _known_unpicklable(attribute.value):
            names.append(name)
    order = list(assigned)
    return sorted(names, key=lambda n: order.index(n) if n in order else len(order))


def _known_unpicklable(value: ast.expr) -> bool:
    if isinstance(value, _ALWAYS_NONE):
        return True
    callee = _callee(value)
    return callee in _FILE_OPENERS or callee in _RECREATED or callee in _RECONNECTED


def _callee(value: ast.expr) -> str:
    if not isinstance(value, ast.Call):
        return ""
    func = value.func
    if isinstance(func, ast.Name):
        return func.id if func.id == "open" else ""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


# ---- how to rebuild ----------------------------------------------------------------------------


def _rebuild(parsed: Parsed, attribute: Attribute | None, name: str) -> Rebuild | None:
    if attribute is None:
        return Rebuild(name, "None", "cannot be pickled; set it again before use")
    callee = _callee(attribute.value)
    if callee in _FILE_OPENERS:
        return _reopen(parsed, attribute)
    if callee in _RECREATED:
        text = _from_state(parsed, attribute)
        return None if text is None else Rebuild(name, text, f"{_RECREATED[callee]}, not shared")
    if callee in _RECONNECTED:
        text = _from_state(parsed, attribute)
        return None if text is None else Rebuild(name, text, "reconnected")
    return Rebuild(name, "None", "cannot be pickled; set it again before use")


def _reopen(parsed: Parsed, attribute: Attribute) -> Rebuild | None:
    call = attribute.value
    assert isinstance(call, ast.Call)
    mode = _mode_node(call)
    if mode is not None and not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
        return None
    text = _from_state(parsed, attribute, mode)
    if text is None:
        return None
    truncating = isinstance(mode, ast.Constant) and any(c in str(mode.value) for c in "wx")
    comment = "reopened for appending, not truncated" if truncating else "reopened"
    return Rebuild(attribute.name, text, comment)


def _mode_node(call: ast.Call) -> ast.expr | None:
    if len(call.args) > 1:
        return call.args[1]
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value
    return None


def _from_state(parsed: Parsed, attribute: Attribute, mode: ast.expr | None = None) -> str | None:
    """The constructor call rewritten to read its arguments from `self`; None if it cannot."""
    method = attribute.method
    me = method.args.args[0].arg
    local = _local_names(method)
    stored = _stored_parameters(method, me)
    replacements: list[tuple[Span, str]] = []
    for node in ast.walk(attribute.value):
        if isinstance(node, ast.Name) and node.id == me:
            replacements.append((parsed.span(node), "self"))
        elif isinstance(node, ast.Name) and node.id in local:
            if node.id not in stored:
                return None
            replacements.append((parsed.span(node), f"self.{stored[node.id]}"))
    if replacements and attribute.value.lineno != attribute.value.end_lineno:
        return None  # keep substitution to one line
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        appended = mode.value.replace("w", "a").replace("x", "a")
        if appended != mode.value:
            replacements.append(
                (parsed.span(mode), parsed.text(mode).replace(mode.value, appended))
            )
    return _substitute(parsed, parsed.span(attribute.value), replacements)


def _local_names(method: ast.FunctionDef) -> set[str]:
    names = {a.arg for a in method.args.posonlyargs + method.args.args + method.args.kwonlyargs}
    names |= {a.arg for a in (method.args.vararg, method.args.kwarg) if a is not None}
    for node in ast.walk(method):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def _stored_parameters(method: ast.FunctionDef, me: str) -> dict[str, str]:
    """Locals kept verbatim on the instance (`self.path = path`): local -> attribute."""
    stored: dict[str, str] = {}
    for node in ast.walk(method):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target, value = node.targets[0], node.value
        if (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == me
            and isinstance(value, ast.Name)
        ):
            stored.setdefault(value.id, target.attr)
    stored.pop(me, None)
    return stored


def _substitute(parsed: Parsed, span: Span, replacements: list[tuple[Span, str]]) -> str:
    text = parsed.text_of(span)
    for inner, new in sorted(replacements, key=lambda item: item[0], reverse=True):
        if inner.line != span.line or inner.end_line != span.line:
            continue  # multi-line values keep their text; their names were checked above
        start, end = inner.col - span.col, inner.end_col - span.col
        text = text[:start] + new + text[end:]
    return text


# ---- the edits ---------------------------------------------------------------------------------


def _edits(parsed: Parsed, cls: ast.ClassDef, rebuilds: list[Rebuild]) -> list[Edit] | None:
    methods = {s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
    indent = parsed.line_indent(cls.body[0].lineno - 1)
    unit = indent[len(parsed.line_indent(cls.lineno - 1)) :] or "    "
    edits: list[Edit] = []
    added: list[str] = []
    getter = methods.get("__getstate__")
    if getter is None:
        added.append(_new_getstate(indent, unit, rebuilds))
    else:
        extension = _extend_getstate(parsed, getter, rebuilds)
        if extension is None:
            return None
        edits.append(extension)
    setter = methods.get("__setstate__")
    if setter is None:
        added.append(_new_setstate(indent, unit, rebuilds))
    else:
        extension = _extend_setstate(parsed, setter, rebuilds)
        if extension is None:
            return None
        edits.append(extension)
    if added:
        end = cls.end_lineno or cls.lineno
        edits.append(insert_at_line(end, "".join("\n" + text for text in added)))
    return edits


def _new_getstate(indent: str, unit: str, rebuilds: list[Rebuild]) -> str:
    names = ", ".join(f"`{r.attribute}`" for r in rebuilds)
    lines = [
        "def __getstate__(self):",
        f"{unit}# {names} cannot be pickled: left out of the state, see __setstate__",
        f"{unit}state = self.__dict__.copy()",
        *(f'{unit}state.pop("{r.attribute}", None)' for r in rebuilds),
        f"{unit}return state",
    ]
    return "".join(f"{indent}{line}\n" for line in lines)


def _new_setstate(indent: str, unit: str, rebuilds: list[Rebuild]) -> str:
    lines = [
        "def __setstate__(self, state):",
        f"{unit}self.__dict__.update(state)",
        *(_rebuild_line(r, unit) for r in rebuilds),
    ]
    return "".join(f"{indent}{line}\n" for line in lines)


def _rebuild_line(rebuild: Rebuild, indent: str) -> str:
    return f"{indent}self.{rebuild.attribute} = {rebuild.expression}  # {rebuild.comment}"


def _extend_getstate(
    parsed: Parsed, getter: ast.FunctionDef, rebuilds: list[Rebuild]
) -> Edit | None:
    """Adds `state.pop(...)` before a final `return state`; other shapes are not touched."""
    last = getter.body[-1]
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Name):
        return None
    name = last.value.id
    indent = parsed.line_indent(last.lineno - 1)
    text = "".join(f'{indent}{name}.pop("{r.attribute}", None)\n' for r in rebuilds)
    return insert_at_line(last.lineno - 1, text)


def _extend_setstate(
    parsed: Parsed, setter: ast.FunctionDef, rebuilds: list[Rebuild]
) -> Edit | None:
    if any(isinstance(node, ast.Return) for node in ast.walk(setter)):
        return None
    last = setter.body[-1]
    indent = parsed.line_indent(setter.body[0].lineno - 1)
    text = "".join(f"{_rebuild_line(r, indent)}\n" for r in rebuilds)
    return insert_at_line(last.end_lineno or last.lineno, text)
