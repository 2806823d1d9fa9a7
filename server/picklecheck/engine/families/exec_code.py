"""Functions and classes defined by code that `exec()` runs in a namespace of its own.

A REPL backend, a notebook runner or a plugin system runs source text with
`exec(code, {"__name__": "__main__"})`: what that code defines lives in the dict, not in any
module, yet names `__main__` (or no module) as its home. When that code hands one of its own
functions to a Pool or a Process, pickle looks the name up in the real `__main__` and fails
under every start method: `attribute lookup f on __main__ failed` (AREPL-backend 152,
qatrackplus 584).

The code is followed only when it is written in the program as a string constant (through a
name bound once, `textwrap.dedent`, `compile`, a parameter every call passes a constant, or
`self.x` every construction passes one), and only into a fresh namespace (a dict display or
`dict(...)`): `exec(code, globals())` defines real module globals. Code the program reads from
a file or builds at run time stays unknown.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass

from astroid import nodes

from picklecheck.engine.astroid_facade import Facade, ParseFailure, lookup, parse
from picklecheck.engine.flow.state import const_str
from picklecheck.engine.flow.syntax import (
    arguments_for,
    calls_by_name,
    constructor_arguments,
    names_builtin,
    parameter_named,
    single_assigned_value,
    single_stored_value,
    syntactic_call_name,
)

# How many names, parameters and attributes the code text is followed through.
_HOPS = 4
# Only code that makes a process boundary is parsed (most exec'd snippets do not).
_BOUNDARY_WORDS = ("Pool", "Process", "Executor")
_EXEC_MODULE = "picklecheck_exec_code"


@dataclass(frozen=True)
class ExecDefinition:
    """A definition of exec'd code that a boundary of that code pickles."""

    exec_call: nodes.Call
    definition: nodes.FunctionDef | nodes.ClassDef
    boundary: str  # the boundary's label, `Pool.starmap`
    home: str  # the module name the namespace gives its definitions


def exec_defined_problems(module: nodes.Module, facade: Facade) -> Iterator[ExecDefinition]:
    """Each `exec(code, namespace)` of `module` whose code sends a function or class it
    defines itself to a process boundary."""
    from picklecheck.engine.sinks import module_sinks  # sinks imports the families

    for call in calls_by_name(module).get("exec", []):
        if len(call.args) < 2 or not _is_builtin_exec(call):
            continue  # a program's own `exec` function, or no namespace of its own
        home = _fresh_namespace_home(call.args[1])
        text = _code_text(call.args[0], _HOPS)
        if home != "__main__" or text is None or not any(w in text for w in _BOUNDARY_WORDS):
            continue  # another home may be a real module (or not importable: another error)
        try:
            code = parse(text, "<exec>", _EXEC_MODULE)
        except ParseFailure:
            continue
        for sink in module_sinks(code, facade):
            for pickled in sink.pickled:
                definition = (
                    _own_definition(pickled.expr, code) if pickled.mode == "value" else None
                )
                if definition is not None:
                    yield ExecDefinition(call, definition, sink.label, home)


def _is_builtin_exec(call: nodes.Call) -> bool:
    return isinstance(call.func, nodes.Name) and names_builtin(call.func)


def _own_definition(
    expr: nodes.NodeNG, code: nodes.Module
) -> nodes.FunctionDef | nodes.ClassDef | None:
    """The module-level function or class of the exec'd code that `expr` names."""
    if not isinstance(expr, nodes.Name):
        return None
    found = lookup(expr, expr.name)
    definition = found[0] if len(found) == 1 else None
    if isinstance(definition, (nodes.FunctionDef, nodes.ClassDef)) and definition.parent is code:
        return definition
    return None


def _fresh_namespace_home(namespace: nodes.NodeNG) -> str | None:
    """The `__name__` a new namespace dict gives (`__main__` by default, as pickle then looks
    there); None when the namespace may be a real module's (`globals()`, a parameter) or its
    name is not a constant."""
    home = _namespace_home(namespace)
    return None if home in (_NOT_FRESH, _OWN_NAME, _UNKNOWN) else home


def _code_text(expr: nodes.NodeNG | None, hops: int) -> str | None:
    """The source text `expr` holds when the program writes it as a constant."""
    if expr is None or hops < 0:
        return None
    text = const_str(expr)
    if text is not None:
        return text
    if isinstance(expr, nodes.Call) and expr.args:
        called = syntactic_call_name(expr)
        if called == "compile":
            return _code_text(expr.args[0], hops - 1)
        if called == "dedent":
            inner = _code_text(expr.args[0], hops - 1)
            return textwrap.dedent(inner) if inner is not None else None
        return None
    if isinstance(expr, nodes.Name):
        parameter = parameter_named(expr)
        if parameter is None:
            return _code_text(single_assigned_value(expr), hops - 1)
        return _same_text([argument for _call, argument in arguments_for(parameter)], hops)
    if isinstance(expr, nodes.Attribute):
        return _same_text(constructor_arguments(expr), hops)
    return None


def _same_text(expressions: list[nodes.NodeNG | None], hops: int) -> str | None:
    """The one text every expression holds (each call passing the same code)."""
    texts = {_code_text(expr, hops - 1) for expr in expressions}
    return texts.pop() if len(texts) == 1 else None


@dataclass(frozen=True)
class ExecNamespaceRead:
    """`namespace["evaluate"]` of a function or class that exec'd code defined there."""

    exec_call: nodes.Call
    name: str
    kind: str  # "function" or "class"
    home: str | None  # the `__name__` the globals give; None: the module's own `__name__`


def exec_namespace_read(read: nodes.Subscript) -> ExecNamespaceRead | None:
    """`compiled["evaluate"]` after `exec(source, {"__name__": __name__}, compiled)` in the
    same function, where the source (constant text, or text built from constants with `%`,
    `+` or an f-string) defines `evaluate`: a function no module holds (PyBaMM 1283).
    Definitions read from `globals()` or from a module's `__dict__` are real globals and are
    not reported: only a fresh dict display or `dict(...)` counts."""
    key = const_str(read.slice)
    namespace = read.value
    if key is None or not isinstance(namespace, nodes.Name):
        return None
    scope = read.scope()
    for call in calls_by_name(read.root()).get("exec", []):
        if call.scope() is not scope or (call.lineno or 0) >= (read.lineno or 0):
            continue
        if not _is_builtin_exec(call) or len(call.args) < 2:
            continue
        namespaces = call.args[1:3]
        if not any(isinstance(n, nodes.Name) and n.name == namespace.name for n in namespaces):
            continue
        home = _namespace_home(namespaces[0])
        if _NOT_FRESH in (home, _namespace_home(namespace)) or home == _UNKNOWN:
            return None
        kind = _defined_kind(_code_fragments(call.args[0], _HOPS), key)
        if kind is None:
            return None
        return ExecNamespaceRead(call, key, kind, None if home == _OWN_NAME else home)
    return None


# What `_namespace_home` answers besides a constant name.
_NOT_FRESH = "not a fresh namespace"
_OWN_NAME = "the module's own __name__"
_UNKNOWN = "unknown"


def _namespace_home(namespace: nodes.NodeNG) -> str:
    """The `__name__` a fresh namespace (a dict display or `dict(...)`) gives its definitions:
    a constant, `__main__` when it gives none, `_OWN_NAME` for `{"__name__": __name__}`,
    `_UNKNOWN` for another expression; `_NOT_FRESH` for any other namespace."""
    if isinstance(namespace, nodes.Name):
        namespace = single_assigned_value(namespace)
    named: list[nodes.NodeNG] = []
    if isinstance(namespace, nodes.Call) and syntactic_call_name(namespace) == "dict":
        named = [k.value for k in namespace.keywords or [] if k.arg == "__name__"]
    elif isinstance(namespace, nodes.Dict):
        named = [value for key, value in namespace.items if const_str(key) == "__name__"]
    else:
        return _NOT_FRESH
    if not named:
        return "__main__"
    if isinstance(named[0], nodes.Name) and named[0].name == "__name__":
        return _OWN_NAME
    return const_str(named[0]) or _UNKNOWN


def _code_fragments(expr: nodes.NodeNG | None, hops: int) -> str:
    """The constant text of source built at run time (`"def f(t):\n    return %s" % body`,
    `header + body`, f-strings), joined: enough to see what it defines."""
    if expr is None or hops < 0:
        return ""
    whole = _code_text(expr, hops)
    if whole is not None:
        return whole
    if isinstance(expr, nodes.BinOp) and expr.op in ("%", "+"):
        return _code_fragments(expr.left, hops - 1) + "\n" + _code_fragments(expr.right, hops - 1)
    if isinstance(expr, nodes.JoinedStr):
        return "".join(const_str(part) or "" for part in expr.values)
    if isinstance(expr, (nodes.Name, nodes.Attribute)):
        return _code_fragments(single_stored_value(expr), hops - 1)
    return ""


def _defined_kind(text: str, name: str) -> str | None:
    if re.search(rf"^\s*(?:async\s+)?def\s+{re.escape(name)}\s*\(", text, re.MULTILINE):
        return "function"
    if re.search(rf"^\s*class\s+{re.escape(name)}\b", text, re.MULTILINE):
        return "class"
    return None
