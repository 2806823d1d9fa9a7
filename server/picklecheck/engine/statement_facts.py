"""What one top-level statement binds, reads, changes and passes, from its text alone: the
edges along which the incremental analyzer (incremental.py) decides what an edit can affect."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from picklecheck.engine.prefilter import METHOD_NAMES
from picklecheck.engine.syntax import bound_name, evaluated_outside

# Changing a statement with one of these may change verdicts anywhere in the file.
_GLOBAL_EFFECT = re.compile(
    r"\bset_start_method\b|\bcopyreg\b|\bglobals\s*\(|\bvars\s*\(|\blocals\s*\(|"
    r"\bsys\s*\.\s*modules\b|\b__getattr__\b|\bexec\s*\(|\beval\s*\(|\bsetattr\s*\(|"
    r"\b__builtins__\b|\bimport\s+\*|\b__future__\b"
)
# Calls on a name that may make its value cross a boundary (`worker.start()`, `q.put(x)`).
_BOUNDARY_METHODS = METHOD_NAMES | {"start"}
# Statements with these stay in every partial tree: the analysis reads them file-wide.
_FILE_WIDE = re.compile(r"\bset_start_method\b|\bcopyreg\b|\b__future__\b")


@dataclass(frozen=True)
class Facts:
    """What a top-level statement binds, reads and touches; depends on its text alone."""

    binds: frozenset[str]  # names bound at module level
    defines: frozenset[str]  # the part of `binds` bound by `def`/`class`
    mentions: frozenset[str]  # every name it reads or writes, at any depth
    changes: frozenset[str]  # names its module-level code touches, names it stores into
    passes: frozenset[str]  # names it calls or passes as arguments (at any depth)
    global_effect: bool
    file_wide: bool


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def statement_facts(text: str, node: ast.stmt) -> Facts:
    binds: set[str] = set()
    defines: set[str] = set()
    mentions: set[str] = set()
    changes: set[str] = set()
    passes: set[str] = set()
    _module_scope_walk(node, binds, defines, changes)
    defines |= _methods_taking_arguments(node)
    for inner in _every_node(node):
        kind = type(inner)
        if kind is ast.Name:
            mentions.add(inner.id)
        elif kind is ast.Call:
            passes.update(_passed_by_call(inner))
            func = inner.func
            if type(func) is ast.Attribute:
                # `obj.run(...)`: a call site of every method named `run` the analysis may
                # read, also where it makes those call sites unknown (another class's `run`)
                passes.add(f".{func.attr}")
            if type(func) is ast.Attribute and func.attr in _BOUNDARY_METHODS:
                # `worker.start()` in a function makes the global `worker`'s creation a
                # boundary: the statement binding it is read with this one
                changes.add(_base_name(func.value))
        elif kind is ast.Attribute or kind is ast.Subscript:
            if type(inner.ctx) is not ast.Load:
                changes.add(_base_name(inner.value))
        elif kind is ast.Global or kind is ast.Nonlocal:
            mentions.update(inner.names)
            if kind is ast.Global:
                binds.update(inner.names)
        elif kind is ast.AugAssign:
            changes.add(_base_name(inner.target))
    changes.discard("")
    return Facts(
        frozenset(binds),
        frozenset(defines),
        frozenset(mentions | binds),
        frozenset(changes | binds),
        frozenset(passes),
        bool(_GLOBAL_EFFECT.search(text)),
        bool(_FILE_WIDE.search(text)),
    )


def _methods_taking_arguments(node: ast.AST) -> set[str]:
    """`.run` for each method of a top-level class that takes arguments besides `self`:
    the calls `x.run(...)` in other statements give its parameters their values."""
    if not isinstance(node, ast.ClassDef):
        return set()
    return {
        f".{item.name}"
        for item in node.body
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
        and (
            len(item.args.args) + len(item.args.posonlyargs) > 1
            or item.args.kwonlyargs
            or item.args.vararg
            or item.args.kwarg
        )
    }


def _every_node(root: ast.AST) -> list[Any]:
    """Every node under `root`, itself included, as `ast.walk` finds them (in another order),
    without a generator per node: this runs over every statement of a file with findings.
    The `Load`/`Store`/`Del` markers are left out: no fact reads them, and they are a quarter
    of the nodes."""
    found: list[Any] = []
    pending = [root]
    push, pop, keep, node_class = pending.append, pending.pop, found.append, ast.AST
    while pending:
        node = pop()
        keep(node)
        for field_name in node._fields:
            value = getattr(node, field_name, None)
            if isinstance(value, node_class):
                if value.__class__ not in _MARKERS:
                    push(value)
            elif value.__class__ is list:
                for item in value:
                    if isinstance(item, node_class):
                        push(item)
    return found


_MARKERS = frozenset({ast.Load, ast.Store, ast.Del})


def _module_scope_walk(
    node: ast.AST, binds: set[str], defines: set[str], changes: set[str]
) -> None:
    """Names bound at module level, and every name module-level code touches (the analysis
    reads module-level code between a global's assignment and its use)."""
    stack: list[ast.AST] = [node]
    while stack:
        current = stack.pop()
        name = bound_name(current)
        if name:
            binds.add(name)
            if isinstance(current, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                defines.add(name)
        if isinstance(current, ast.Name):
            changes.add(current.id)
        if isinstance(current, _SCOPES):
            stack.extend(evaluated_outside(current))
            continue
        _push_children(current, stack)


def _passed_by_call(call: ast.Call) -> set[str]:
    """Functions a call gives values to: the called name and names in its arguments (not as
    the base of an attribute read), e.g. `f(x)`, `Process(target=f, args=(q,))`."""
    passed: set[str] = set()
    if isinstance(call.func, ast.Name):
        passed.add(call.func.id)
    for argument in [*call.args, *(k.value for k in call.keywords)]:
        passed |= _passed_names(argument)
    return passed


def _passed_names(node: ast.AST) -> set[str]:
    names: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, ast.Name):
            names.add(current.id)
        elif isinstance(current, ast.Attribute):
            continue  # `config.path`: reads an attribute, passes no name
        elif isinstance(current, _SCOPES):
            continue
        else:
            _push_children(current, stack)
    return names


def _push_children(node: ast.AST, stack: list[ast.AST]) -> None:
    """`stack.extend(ast.iter_child_nodes(node))` without a generator per node."""
    for field_name in node._fields:
        value = getattr(node, field_name, None)
        if isinstance(value, ast.AST):
            stack.append(value)
        elif value.__class__ is list:
            stack.extend([item for item in value if isinstance(item, ast.AST)])


def _base_name(node: ast.AST) -> str:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""
