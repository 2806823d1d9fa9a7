"""`add-getstate`: keep unpicklable attributes out of an instance's pickled state.

`__getstate__` leaves them out; `__setstate__` rebuilds in the child what can be rebuilt (a
lock, condition, event or semaphore recreated, a `threading.local`, a logger fetched by name,
a mappingproxy over its pickled dict, a file reopened by its path and a non-destructive mode,
a sqlite connection reconnected to its database file). An attribute that cannot be rebuilt is
left out only when it holds no data and no code that may run in the child reads it; otherwise
no fix is offered and `withheld_reasons` says why (shown in the hover).
When a base class in the file has its own `__getstate__`/`__setstate__`, the new methods
chain to it through `super()` and leave the attributes it already handles alone.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from picklecheck.engine.fixes import imports
from picklecheck.engine.fixes.classes import (
    FILE_OPENERS,
    Attribute,
    attribute_assignments,
    bases_in_file,
    callee,
    child_readers,
    method,
    method_names,
    stored_parameters,
)
from picklecheck.engine.fixes.scopes import attributes_stored
from picklecheck.engine.fixes.source import Parsed, insert_at_line
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety, Span

_RECREATED = {
    "threading.Lock": "a new lock",
    "threading.RLock": "a new lock",
    "threading.Condition": "a new condition",
    "threading.Event": "a new event",
    "threading.Semaphore": "a new semaphore",
    "threading.BoundedSemaphore": "a new semaphore",
    "threading.local": "a new thread-local namespace",
}
_LOGGERS = {"logging.getLogger", "logging.Logger"}
_MAPPING_PROXIES = {"types.MappingProxyType", "MappingProxyType"}
_RECONNECTED = {"sqlite3.connect"}
_DATA = {
    "queue.Queue": "a queue holds items",
    "queue.SimpleQueue": "a queue holds items",
    "queue.LifoQueue": "a queue holds items",
    "queue.PriorityQueue": "a queue holds items",
}
_COPIES_OF_DICT = {"copy", "dict", "copy.copy"}


@dataclass(frozen=True)
class Rebuild:
    """How one left-out attribute comes back: an expression for `__setstate__` (None: it is
    not set again), an optional conversion in `__getstate__`, and why."""

    attribute: str
    expression: str | None
    comment: str
    kept_as: str | None = None  # `__getstate__` keeps `state[attr] = <kept_as>` instead


@dataclass(frozen=True)
class Plan:
    cls: ast.ClassDef
    rebuilds: list[Rebuild]
    getter_base: bool  # a base class's own __getstate__ to chain to
    setter_base: bool
    imports: tuple[str, ...]


class Withheld(Exception):
    """No fix: the reason, for the hover."""


def add_getstate(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    try:
        plan = _plan(parsed, hint)
    except Withheld:
        return []
    if plan is None:
        return []
    edits = _edits(parsed, plan)
    if edits is None:
        return []
    cls = plan.cls
    rebuilt = [r.attribute for r in plan.rebuilds if r.expression is not None or r.kept_as]
    dropped = [r.attribute for r in plan.rebuilds if r.expression is None and not r.kept_as]
    own = method_names(cls)
    action = "Extend `__getstate__` of" if "__getstate__" in own else "Add"
    if action == "Add":
        action = "Add `__getstate__`/`__setstate__` to"
    changes = []
    if rebuilt:
        changes.append(f"the copy gets a new {_listed(rebuilt)}")
    if dropped:
        changes.append(f"the copy has no {_listed(dropped)} (no code of the worker reads it)")
    title = f"{action} `{cls.name}`: {'; '.join(changes)}"
    return [Fix(title, tuple(edits), FixSafety.UNSAFE)]


def withheld_reasons(parsed: Parsed, hint: FixHint) -> list[str]:
    """Why the `__getstate__` fix is not offered, when a precondition below withholds it."""
    try:
        _plan(parsed, hint)
    except Withheld as reason:
        return [f"No `__getstate__` fix: {reason}"]
    return []


def _listed(names: list[str]) -> str:
    return " and ".join(f"`{n}`" for n in names)


# ---- the plan ------------------------------------------------------------------------------


def _plan(parsed: Parsed, hint: FixHint) -> Plan | None:
    cls = parsed.node_at(hint.data.get("class_span", []), (ast.ClassDef,))
    if not isinstance(cls, ast.ClassDef) or cls.name != hint.data.get("class"):
        return None
    if method_names(cls) & {"__reduce__", "__reduce_ex__"} or _has_slots(cls):
        return None
    bases = bases_in_file(parsed, cls)
    getter_base = _nearest_method(bases, "__getstate__")
    setter_base = _nearest_method(bases, "__setstate__")
    if getter_base is not None and not _returns_dict_copy(getter_base):
        raise Withheld("the base class's `__getstate__` does not return a copy of `__dict__`")
    handled = _handled_by(getter_base) | _handled_by(method(cls, "__getstate__"))
    assigned = {}
    for owner in [*reversed(bases), cls]:
        assigned.update(attribute_assignments(owner))
    reported = [str(a) for a in hint.data.get("attrs", [])]
    names = [n for n in _unpicklable(assigned, reported) if n not in handled]
    if not names:
        return None
    classes = [cls, *bases]
    rebuilds = [_rebuild(parsed, assigned.get(name), name, classes) for name in names]
    modules = tuple(sorted({m for r in rebuilds for m in _modules_needed(r)}))
    return Plan(cls, rebuilds, getter_base is not None, setter_base is not None, modules)


def _nearest_method(bases: list[ast.ClassDef], name: str) -> ast.FunctionDef | None:
    for base in bases:
        found = method(base, name)
        if found is not None:
            return found
    return None


def _returns_dict_copy(getter: ast.FunctionDef) -> bool:
    """`... x = self.__dict__.copy() (or dict(...)) ... return x`: popping more keys is safe."""
    last = getter.body[-1] if getter.body else None
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Name):
        return False
    name = last.value.id
    for node in ast.walk(getter):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and isinstance(node.value, ast.Call)
            and "__dict__" in ast.unparse(node.value)
        ):
            func = node.value.func
            spelled = ast.unparse(func)
            return spelled in _COPIES_OF_DICT or spelled.endswith("__dict__.copy")
    return False


def _handled_by(getter: ast.FunctionDef | None) -> set[str]:
    """Keys an existing `__getstate__` already removes or replaces."""
    if getter is None:
        return set()
    keys: set[str] = set()
    for node in ast.walk(getter):
        key: ast.AST | None = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "pop" and node.args:
                key = node.args[0]
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, (ast.Del, ast.Store)):
            key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            keys.add(key.value)
    return keys


def _has_slots(cls: ast.ClassDef) -> bool:
    for statement in cls.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else []
        if any(isinstance(t, ast.Name) and t.id == "__slots__" for t in targets):
            return True
    return False


def _unpicklable(assigned: dict[str, Attribute], reported: list[str]) -> list[str]:
    """The reported attributes plus any other one set from a known unpicklable constructor."""
    names = list(dict.fromkeys(reported))
    for name, attribute in assigned.items():
        if name not in names and known_unpicklable(attribute.value):
            names.append(name)
    order = list(assigned)
    return sorted(names, key=lambda n: order.index(n) if n in order else len(order))


def unpicklable_attributes(cls: ast.ClassDef, reported: list[str]) -> set[str]:
    """The attributes a `__getstate__` fix would have to leave out (for other fixes)."""
    return set(_unpicklable(attribute_assignments(cls), reported))


def known_unpicklable(value: ast.expr) -> bool:
    if isinstance(value, (ast.Lambda, ast.GeneratorExp)):
        return True
    name = callee(value)
    known = FILE_OPENERS | _RECONNECTED | _MAPPING_PROXIES | set(_RECREATED) | set(_DATA)
    return name in known or name == "logging.Logger"


# ---- how to rebuild ----------------------------------------------------------------------------


def _rebuild(
    parsed: Parsed, attribute: Attribute | None, name: str, classes: list[ast.ClassDef]
) -> Rebuild:
    if attribute is None:
        raise Withheld(f"`{name}` is not set in the class, so what it holds is unknown")
    kind = callee(attribute.value)
    rebuilt = _rebuilt(parsed, attribute, kind)
    if rebuilt is not None:
        return rebuilt
    if kind in _DATA or isinstance(attribute.value, ast.GeneratorExp):
        what = _DATA.get(kind, "a generator holds the state of its iteration")
        raise Withheld(f"`{name}` cannot be pickled and holds data ({what}); it would be lost")
    if kind in _RECONNECTED:
        raise Withheld(
            f"`{name}` is a sqlite connection to an in-memory or unknown database: its "
            "tables cannot be reopened in the child"
        )
    if not (kind in FILE_OPENERS or isinstance(attribute.value, ast.Lambda)):
        raise Withheld(f"`{name}` cannot be pickled and it is not known whether it holds data")
    readers = child_readers(parsed, name, classes)
    if readers:
        used = ", ".join(f"`{r}`" for r in readers)
        raise Withheld(
            f"`{name}` cannot be rebuilt in the child and {used} (which may run there) reads it"
        )
    return Rebuild(name, None, "not pickled; no code of the worker reads it")


def _rebuilt(parsed: Parsed, attribute: Attribute, kind: str) -> Rebuild | None:
    name = attribute.name
    if kind in _RECREATED:
        text = _from_state(parsed, attribute)
        return None if text is None else Rebuild(name, text, f"{_RECREATED[kind]}, not shared")
    if kind in _LOGGERS:
        return _logger(parsed, attribute)
    if kind in _MAPPING_PROXIES:
        spelled = ast.unparse(attribute.value.func) if isinstance(attribute.value, ast.Call) else ""
        kept = f"{name}_as_dict"  # under its own key: the view itself stays out of the state
        return Rebuild(
            name,
            f'{spelled}(self.__dict__.pop("{kept}"))',
            "a read-only view again",
            kept_as=f"dict(self.{name})",
        )
    if kind in FILE_OPENERS:
        return _reopen(parsed, attribute)
    if kind in _RECONNECTED and not _in_memory(parsed, attribute):
        text = _from_state(parsed, attribute)
        return None if text is None else Rebuild(name, text, "reconnected to the same file")
    return None


def _logger(parsed: Parsed, attribute: Attribute) -> Rebuild | None:
    call = attribute.value
    if not isinstance(call, ast.Call) or len(call.args) != 1 or call.keywords:
        return None
    first = call.args[0]
    if isinstance(first, ast.Name) and first.id == "__name__":
        return None  # the child's module is `__mp_main__` under spawn: another logger
    text = _from_state(parsed, attribute)
    if text is None:
        return None
    argument = text[text.index("(") :]
    return Rebuild(attribute.name, f"logging.getLogger{argument}", "the logger of that name")


def _in_memory(parsed: Parsed, attribute: Attribute) -> bool:
    """`:memory:` anywhere in the file may reach this connection: its tables die with it."""
    return ":memory:" in parsed.source or not isinstance(attribute.value, ast.Call)


def _reopen(parsed: Parsed, attribute: Attribute) -> Rebuild | None:
    call = attribute.value
    assert isinstance(call, ast.Call)
    mode = _mode_node(call)
    if mode is not None and not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
        return None
    if isinstance(mode, ast.Constant) and any(c in str(mode.value) for c in "wx"):
        return None  # reopening with "w" would empty the file the parent wrote
    text = _from_state(parsed, attribute)
    return None if text is None else Rebuild(attribute.name, text, "reopened")


def _mode_node(call: ast.Call) -> ast.expr | None:
    if len(call.args) > 1:
        return call.args[1]
    for keyword in call.keywords:
        if keyword.arg == "mode":
            return keyword.value
    return None


def _from_state(parsed: Parsed, attribute: Attribute) -> str | None:
    """The constructor call rewritten to read its arguments from `self`; None if it cannot."""
    function = attribute.method
    me = function.args.args[0].arg
    local = _local_names(function)
    stored = stored_parameters(function, me)
    value = attribute.value
    if value.lineno != value.end_lineno:
        return None  # keep substitution to one line
    replacements: list[tuple[Span, str]] = []
    for node in ast.walk(value):
        if isinstance(node, ast.Name) and node.id == me:
            replacements.append((parsed.span(node), "self"))
        elif isinstance(node, ast.Name) and node.id in local:
            if node.id not in stored:
                return None
            replacements.append((parsed.span(node), f"self.{stored[node.id]}"))
    return _substitute(parsed, parsed.span(value), replacements)


def _local_names(function: ast.FunctionDef) -> set[str]:
    arguments = function.args
    names = {a.arg for a in arguments.posonlyargs + arguments.args + arguments.kwonlyargs}
    names |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def _substitute(parsed: Parsed, span: Span, replacements: list[tuple[Span, str]]) -> str:
    text = parsed.text_of(span)
    for inner, new in sorted(replacements, key=lambda item: item[0], reverse=True):
        start, end = inner.col - span.col, inner.end_col - span.col
        text = text[:start] + new + text[end:]
    return text


def _modules_needed(rebuild: Rebuild) -> list[str]:
    expression = rebuild.expression or ""
    return [m for m in ("logging", "threading", "types") if expression.startswith(f"{m}.")]


# ---- the edits ---------------------------------------------------------------------------------


def _edits(parsed: Parsed, plan: Plan) -> list[Edit] | None:
    cls = plan.cls
    indent = parsed.line_indent(cls.body[0].lineno - 1)
    unit = indent[len(parsed.line_indent(cls.lineno - 1)) :] or "    "
    edits: list[Edit] = []
    added: list[str] = []
    for name, write_new, extend in _STATE_METHODS:
        existing = method(cls, name)
        if existing is None:
            added.append(write_new(indent, unit, plan))
            continue
        extension = extend(parsed, existing, plan.rebuilds)
        if extension is None:
            return None
        edits += extension
    if added:
        end = cls.end_lineno or cls.lineno
        edits.append(insert_at_line(end, "".join("\n" + text for text in added)))
    for module in plan.imports:
        if not _imported(parsed, module):
            edits.append(imports.import_edit(parsed, module))
    return edits


def _imported(parsed: Parsed, module: str) -> bool:
    return any(
        isinstance(s, ast.Import) and any(a.name == module and a.asname is None for a in s.names)
        for s in parsed.tree.body
    )


def _new_getstate(indent: str, unit: str, plan: Plan) -> str:
    names = ", ".join(f"`{r.attribute}`" for r in plan.rebuilds)
    source = "super().__getstate__()" if plan.getter_base else "self.__dict__.copy()"
    lines = [
        "def __getstate__(self):",
        f"{unit}# {names}: not pickled as is, see __setstate__",
        f"{unit}state = {source}",
        *(f"{unit}{line}" for r in plan.rebuilds for line in _state_lines("state", r)),
        f"{unit}return state",
    ]
    return "".join(f"{indent}{line}\n" for line in lines)


def _state_lines(state: str, rebuild: Rebuild) -> list[str]:
    dropped = f'{state}.pop("{rebuild.attribute}", None)'
    if rebuild.kept_as is not None:
        return [dropped, f'{state}["{rebuild.attribute}_as_dict"] = {rebuild.kept_as}']
    return [dropped]


def _new_setstate(indent: str, unit: str, plan: Plan) -> str:
    restore = "super().__setstate__(state)" if plan.setter_base else "self.__dict__.update(state)"
    lines = [
        "def __setstate__(self, state):",
        f"{unit}{restore}",
        *(
            f"{unit}{line}"
            for r in plan.rebuilds
            for line in _rebuild_lines(r, len(indent) + len(unit))
        ),
    ]
    return "".join(f"{indent}{line}\n" for line in lines)


def _rebuild_lines(rebuild: Rebuild, indent: int) -> list[str]:
    """The assignment with its reason as a trailing comment, or above it when the line would
    be longer than the formatter allows (88 columns)."""
    expression = "None" if rebuild.expression is None else rebuild.expression
    assignment = f"self.{rebuild.attribute} = {expression}"
    if indent + len(assignment) + len(rebuild.comment) + 4 > 88:
        return [f"# {rebuild.attribute}: {rebuild.comment}", assignment]
    return [f"{assignment}  # {rebuild.comment}"]


def _extend_getstate(
    parsed: Parsed, getter: ast.FunctionDef, rebuilds: list[Rebuild]
) -> list[Edit] | None:
    """Adds lines before a final `return state`; other shapes are not touched."""
    last = getter.body[-1]
    if not isinstance(last, ast.Return) or not isinstance(last.value, ast.Name):
        return None
    name = last.value.id
    indent = parsed.line_indent(last.lineno - 1)
    text = "".join(f"{indent}{line}\n" for r in rebuilds for line in _state_lines(name, r))
    return [insert_at_line(last.lineno - 1, text)]


def _extend_setstate(
    parsed: Parsed, setter: ast.FunctionDef, rebuilds: list[Rebuild]
) -> list[Edit] | None:
    """Adds the rebuild lines it lacks at the end; None when a `return` could skip them."""
    if any(isinstance(node, ast.Return) for node in ast.walk(setter)):
        return None
    already = attributes_stored(setter, setter.args.args[0].arg if setter.args.args else "self")
    missing = [r for r in rebuilds if r.attribute not in already]
    if not missing:
        return []
    last = setter.body[-1]
    indent = parsed.line_indent(setter.body[0].lineno - 1)
    text = "".join(f"{indent}{line}\n" for r in missing for line in _rebuild_lines(r, len(indent)))
    return [insert_at_line(last.end_lineno or last.lineno, text)]


# Each state method: written new when the class lacks it, else extended with the rebuilds.
_STATE_METHODS = (
    ("__getstate__", _new_getstate, _extend_getstate),
    ("__setstate__", _new_setstate, _extend_setstate),
)
