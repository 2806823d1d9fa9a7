"""Function bodies of installed modules, built the first time something reads them.

A cold run builds the standard library and installed packages its inference reaches
(`os`, `collections`, `multiprocessing.*`, numpy's modules...): about a third of the tree
building of a run, and most of those function bodies are never read. Here a function of an
installed module keeps its `ast` statements and becomes a full astroid function when its
`body` or `locals` is first read (inference of a call, a name lookup inside it, a walk).

What a body adds to the rest of its module is built eagerly: a function declaring `global`
or `nonlocal` names, and a method assigning attributes of its first parameter (the class's
instance attributes, which `self.x` lookups read without reading the method). The files
picklecheck checks are always built whole (`building_whole`).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import os
import re
import sysconfig
import threading
from collections.abc import Callable, Iterator
from typing import Any

from astroid import nodes
from astroid.builder import AstroidBuilder
from astroid.manager import AstroidManager
from astroid.rebuilder import TreeRebuilder

# On a function whose body is not built yet: (rebuilder, statements, builder).
_PENDING = "_picklecheck_pending_body"
# On a rebuilder building an installed module.
_LAZY = "_picklecheck_lazy_bodies"

# A body this short costs less to build than to keep pending.
_SHORTEST_LAZY_LINES = 3

# Code that makes a body change names outside the function.
_SCOPE_STATEMENT = re.compile(r"^\s*(?:global|nonlocal)\b", re.MULTILINE)

_whole = threading.local()


@contextlib.contextmanager
def building_whole() -> Iterator[None]:
    """Build every body now: for a file being checked, whose every node is walked."""
    previous = getattr(_whole, "on", False)
    _whole.on = True
    try:
        yield
    finally:
        _whole.on = previous


def _library_roots() -> tuple[str, ...]:
    paths = sysconfig.get_paths()
    roots = {paths[key] for key in ("stdlib", "platstdlib", "purelib", "platlib") if key in paths}
    return tuple(sorted(os.path.join(os.path.realpath(r), "") for r in roots))


_LIBRARY_ROOTS = _library_roots()


@functools.lru_cache(maxsize=4096)
def is_library_file(path: str) -> bool:
    """A module of the standard library or an installed package, not of the user's project
    (the lowest engine module says it: astroid_imports and flow.project ask it too)."""
    real = os.path.realpath(path)
    if any(part in ("site-packages", "dist-packages") for part in real.split(os.sep)):
        return True
    return real.startswith(_LIBRARY_ROOTS)


def install_lazy_bodies(transform_recorded: Callable[[list[nodes.NodeNG]], None]) -> None:
    """Patch astroid: lazy bodies for installed modules. Called again after a cache clear,
    when astroid_build has put a fresh `visit_module` in place."""
    _TRANSFORM[0] = transform_recorded
    if not isinstance(vars(nodes.FunctionDef).get("body"), property):
        nodes.FunctionDef.body = property(_read_body, _write_body)
        nodes.FunctionDef.locals = property(_read_locals, _write_locals)
    TreeRebuilder._visit_functiondef = _lazy_visit_functiondef
    if not getattr(TreeRebuilder.visit_module, "_picklecheck_lazy", False):
        TreeRebuilder.visit_module = _flagging_visit_module(TreeRebuilder.visit_module)


_TRANSFORM: list[Callable[[list[nodes.NodeNG]], None]] = [lambda recorded: None]
_ORIGINAL_VISIT_FUNCTIONDEF = TreeRebuilder._visit_functiondef


def _flagging_visit_module(visit_module: Callable[..., Any]) -> Callable[..., Any]:
    def flagged(
        rebuilder: TreeRebuilder, node: ast.Module, modname: str, modpath: str, package: bool
    ) -> nodes.Module:
        lazy = not getattr(_whole, "on", False) and bool(modpath) and is_library_file(modpath)
        rebuilder.__dict__[_LAZY] = lazy
        return visit_module(rebuilder, node, modname, modpath, package)

    flagged._picklecheck_lazy = True  # type: ignore[attr-defined]
    return flagged


def _lazy_visit_functiondef(
    rebuilder: TreeRebuilder,
    kind: type[nodes.FunctionDef],
    node: ast.FunctionDef | ast.AsyncFunctionDef,
    parent: nodes.NodeNG,
) -> nodes.FunctionDef:
    if not rebuilder.__dict__.get(_LAZY) or not _may_wait(rebuilder, node, parent):
        return _ORIGINAL_VISIT_FUNCTIONDEF(rebuilder, kind, node, parent)
    statements = node.body
    docstring = _docstring(statements)
    node.body = statements[:1] if docstring else []
    try:
        function = _ORIGINAL_VISIT_FUNCTIONDEF(rebuilder, kind, node, parent)
    finally:
        node.body = statements
    function.__dict__[_PENDING] = (rebuilder, statements[1:] if docstring else statements)
    return function


_lazy_visit_functiondef._picklecheck_lazy = True  # type: ignore[attr-defined]


def _docstring(statements: list[ast.stmt]) -> bool:
    first = statements[0] if statements else None
    return (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    )


def _may_wait(
    rebuilder: TreeRebuilder, node: ast.FunctionDef | ast.AsyncFunctionDef, parent: nodes.NodeNG
) -> bool:
    """Whether nothing outside the function needs its body built now."""
    end = node.end_lineno or node.lineno
    if not node.body or end - node.body[0].lineno < _SHORTEST_LAZY_LINES:
        return False
    lines = rebuilder._data
    if not lines:
        return False
    text = "\n".join(lines[node.body[0].lineno - 1 : end])
    if ("global" in text or "nonlocal" in text) and _SCOPE_STATEMENT.search(text):
        return False
    if isinstance(parent, nodes.ClassDef):
        first = _first_parameter(node)
        return first is None or not _assigns_attribute_of(first, text)
    return True


def _first_parameter(node: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    parameters = [*node.args.posonlyargs, *node.args.args]
    return parameters[0].arg if parameters else None


def _assigns_attribute_of(name: str, text: str) -> bool:
    """A line that may store `name.<attr>`: an `=` after `name.x` on a line, or `as name.x`,
    or `for name.x` (when unsure, the body is built now: never a wrong answer, only time)."""
    if name + "." not in text:
        return False
    escaped = re.escape(name)
    pattern = re.compile(rf"\b{escaped}\.\w+[^\n]*?(?<![=!<>])=(?!=)|\b(?:as|for)\s+{escaped}\.\w")
    return pattern.search(text) is not None


def _build_pending(function: nodes.FunctionDef) -> None:
    rebuilder, statements = function.__dict__.pop(_PENDING)
    body: list[nodes.NodeNG] = []
    recorded: list[nodes.NodeNG] = []
    saved = _swap_recording(rebuilder, recorded)
    imports_before = len(rebuilder._import_from_nodes)
    attributes_before = len(rebuilder._delayed_assattr)
    rebuilder._global_names.append({})
    try:
        body = [rebuilder.visit(statement, function) for statement in statements]
    finally:
        rebuilder._global_names.pop()
        _swap_recording(rebuilder, saved)
        function.__dict__["body"] = body
    builder = AstroidBuilder(AstroidManager())
    for from_node, global_names in rebuilder._import_from_nodes[imports_before:]:
        builder.add_from_names_to_locals(from_node, global_names)
    for assigned in rebuilder._delayed_assattr[attributes_before:]:
        builder.delayed_assattr(assigned)
    del rebuilder._import_from_nodes[imports_before:]
    del rebuilder._delayed_assattr[attributes_before:]
    _TRANSFORM[0](recorded)


# Where astroid_build's rebuilder lists the nodes a transform may apply to.
RECORDED_ON_REBUILDER = "_picklecheck_transformable"


def _swap_recording(rebuilder: TreeRebuilder, recorded: list[nodes.NodeNG] | None) -> Any:
    previous = rebuilder.__dict__.pop(RECORDED_ON_REBUILDER, None)
    if recorded is not None:
        rebuilder.__dict__[RECORDED_ON_REBUILDER] = recorded
    return previous


# The properties keep astroid's own keys in the instance's __dict__, so nodes built before
# the patch (the builtins module) read as before.
def _read_body(function: nodes.FunctionDef) -> list[nodes.NodeNG]:
    if _PENDING in function.__dict__:
        _build_pending(function)
    body: list[nodes.NodeNG] = function.__dict__["body"]
    return body


def _write_body(function: nodes.FunctionDef, body: list[nodes.NodeNG]) -> None:
    function.__dict__.pop(_PENDING, None)
    function.__dict__["body"] = body


def _read_locals(function: nodes.FunctionDef) -> dict[str, list[nodes.NodeNG]]:
    if _PENDING in function.__dict__:
        _build_pending(function)
    found: dict[str, list[nodes.NodeNG]] = function.__dict__["locals"]
    return found


def _write_locals(function: nodes.FunctionDef, found: dict[str, list[nodes.NodeNG]]) -> None:
    function.__dict__["locals"] = found
