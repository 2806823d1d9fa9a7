"""What fixes need to know about a class and its instances, read from the syntax alone.

Shared by `getstate`, `exceptions` and `target`: the methods a class defines, the attributes
its methods set, the constructor arguments it keeps, its base classes in the same file, and
which code may run in a child process (everything but the main guard and what only it calls).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from picklecheck.engine.fixes.source import Parsed, is_main_guard

FILE_OPENERS = frozenset({"open", "io.open"})
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
# Methods the unpickled copy never runs on its own account.
_PARENT_DUNDERS = frozenset({"__init__", "__getstate__", "__setstate__", "__new__"})


@dataclass(frozen=True)
class Attribute:
    """`self.<name> = <value>` in `method`, the first assignment of that attribute."""

    name: str
    method: ast.FunctionDef
    value: ast.expr


def method_names(cls: ast.ClassDef) -> set[str]:
    return {s.name for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}


def method(cls: ast.ClassDef, name: str) -> ast.FunctionDef | None:
    for statement in cls.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == name:
            return statement
    return None


def attribute_assignments(cls: ast.ClassDef) -> dict[str, Attribute]:
    """`self.x = value` statements in the class's methods, first assignment wins."""
    found: dict[str, Attribute] = {}
    for function in cls.body:
        if not isinstance(function, ast.FunctionDef) or not function.args.args:
            continue
        me = function.args.args[0].arg
        for node in ast.walk(function):
            if not isinstance(node, ast.Assign) or len(node.targets) != 1:
                continue
            target = node.targets[0]
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == me
            ):
                found.setdefault(target.attr, Attribute(target.attr, function, node.value))
    return found


def stored_parameters(function: ast.FunctionDef, me: str) -> dict[str, str]:
    """Locals kept verbatim on the instance (`self.path = path`): local -> attribute."""
    stored: dict[str, str] = {}
    for node in ast.walk(function):
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


def callee(value: ast.expr) -> str:
    """`open`, or `module.function` for a call spelled that way; "" otherwise."""
    if not isinstance(value, ast.Call):
        return ""
    func = value.func
    if isinstance(func, ast.Name):
        return func.id if func.id in ("open", "MappingProxyType") else ""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


# Calls whose result never pickles: resources, and what is bound to a process or thread.
_UNPICKLABLE_CALLS = FILE_OPENERS | {
    "threading.Lock",
    "threading.RLock",
    "threading.Condition",
    "threading.Event",
    "threading.Semaphore",
    "threading.BoundedSemaphore",
    "threading.local",
    "threading.Thread",
    "sqlite3.connect",
    "socket.socket",
    "subprocess.Popen",
    "logging.Logger",
    "logging.FileHandler",
    "logging.StreamHandler",
    "queue.Queue",
    "tempfile.TemporaryFile",
    "tempfile.NamedTemporaryFile",
}
_PIPE_ENDS = {"stdin", "stdout", "stderr"}


def unpicklable_value(value: ast.expr) -> bool:
    """An expression whose value is known never to pickle: a lambda, a generator, a call of a
    known resource constructor, or a pipe end of a `Popen` (`Popen(...).stdout`)."""
    if isinstance(value, (ast.Lambda, ast.GeneratorExp)):
        return True
    if isinstance(value, ast.Attribute) and value.attr in _PIPE_ENDS:
        return callee(value.value) == "subprocess.Popen"
    return callee(value) in _UNPICKLABLE_CALLS


def bases_in_file(parsed: Parsed, cls: ast.ClassDef) -> list[ast.ClassDef]:
    """The class's ancestors defined at module level in this file, nearest first."""
    classes = {s.name: s for s in parsed.tree.body if isinstance(s, ast.ClassDef)}
    chain: list[ast.ClassDef] = []
    current = cls
    while len(chain) < 20:
        named = [b.id for b in current.bases if isinstance(b, ast.Name) and b.id in classes]
        if not named or classes[named[0]] in chain or classes[named[0]] is cls:
            return chain
        current = classes[named[0]]
        chain.append(current)
    return chain


def has_multiline_strings(node: ast.AST, *, docstrings_too: bool = False) -> bool:
    """Re-indenting would change the value of a string that spans lines (docstrings count
    only with `docstrings_too`)."""
    docstrings = set()
    if not docstrings_too:
        docstrings = {
            id(inner.body[0].value)
            for inner in ast.walk(node)
            if isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and inner.body
            and isinstance(inner.body[0], ast.Expr)
        }
    for inner in ast.walk(node):
        multiline = (getattr(inner, "end_lineno", 0) or 0) > getattr(inner, "lineno", 0)
        text = isinstance(inner, ast.JoinedStr) or (
            isinstance(inner, ast.Constant) and isinstance(inner.value, str)
        )
        if text and multiline and id(inner) not in docstrings:
            return True
    return False


# ---- what may run in a child process ---------------------------------------------------------


def child_readers(parsed: Parsed, attribute: str, classes: list[ast.ClassDef]) -> list[str]:
    """Functions and methods that read `.attribute` (on any object) and may run in a child:
    all code but `__init__`-like methods of `classes`, the main guard and what only it calls."""
    parent_only = _parent_only_scopes(parsed)
    skipped = {
        id(s) for cls in classes for s in cls.body if getattr(s, "name", "") in _PARENT_DUNDERS
    }
    readers: list[str] = []
    for node in parsed.walk():
        if not (
            isinstance(node, ast.Attribute)
            and node.attr == attribute
            and isinstance(node.ctx, ast.Load)
        ):
            continue
        scope = _innermost_scope(parsed, node)
        if scope is not None and id(scope) in skipped:
            continue
        if scope is None and _in_main_guard(parsed, node):
            continue
        if scope is not None and id(scope) in parent_only:
            continue
        readers.append(getattr(scope, "name", "module-level code") if scope else "module code")
    return list(dict.fromkeys(readers))


def _innermost_scope(parsed: Parsed, node: ast.AST) -> ast.AST | None:
    for ancestor in parsed.ancestors(node):
        if isinstance(ancestor, _SCOPES):
            return ancestor
    return None


def _in_main_guard(parsed: Parsed, node: ast.AST) -> bool:
    return any(is_main_guard(a) for a in parsed.ancestors(node))


def _parent_only_scopes(parsed: Parsed) -> set[int]:
    """Module-level functions and methods whose every mention is a direct call from the main
    guard or from another such function: they run in the parent only."""
    known = parsed.memo.get("parent_only_scopes")
    if isinstance(known, set):
        return known
    functions = _named_functions(parsed)
    mentions = _mentions(parsed)
    parent_only: set[int] = set()
    changed = True
    while changed:
        changed = False
        for name, defs in functions.items():
            if all(id(d) in parent_only for d in defs):
                continue
            sites = mentions.get(name, [])
            if (
                sites
                and not name.startswith("__")
                and all(_called_from_parent(parsed, site, parent_only) for site in sites)
            ):
                parent_only |= {id(d) for d in defs}
                changed = True
    parsed.memo["parent_only_scopes"] = parent_only
    return parent_only


def _named_functions(parsed: Parsed) -> dict[str, list[ast.AST]]:
    functions: dict[str, list[ast.AST]] = {}
    for statement in parsed.tree.body:
        members = statement.body if isinstance(statement, ast.ClassDef) else [statement]
        for member in members:
            if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                functions.setdefault(member.name, []).append(member)
    return functions


def _mentions(parsed: Parsed) -> dict[str, list[ast.AST]]:
    """Every `name` read and every `.name` attribute, by name."""
    found: dict[str, list[ast.AST]] = {}
    for node in parsed.walk():
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            found.setdefault(node.id, []).append(node)
        elif isinstance(node, ast.Attribute):
            found.setdefault(node.attr, []).append(node)
    return found


def _called_from_parent(parsed: Parsed, site: ast.AST, parent_only: set[int]) -> bool:
    call = parsed.parents.get(site)
    if not isinstance(call, ast.Call) or call.func is not site:
        return False  # passed on, not called: a worker may call it
    scope = _innermost_scope(parsed, site)
    if scope is None:
        return _in_main_guard(parsed, site)
    return id(scope) in parent_only
