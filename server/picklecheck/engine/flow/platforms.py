"""Tests that depend on where the program runs: the platform (`sys.platform == "linux"`,
`os.name == "nt"`, `platform.system() == "Darwin"`: on which of picklecheck's platforms
"linux", "macos", "windows" they hold) or the start method in use
(`multiprocessing.get_start_method() == "fork"`). Read from the source, never evaluated."""

from __future__ import annotations

from typing import NamedTuple

from astroid import nodes

from picklecheck.engine.tree_memo import remember, remembered

EVERY = frozenset({"linux", "macos", "windows"})

# What each spelling of the running platform says on each of ours.
_VALUES: dict[str, dict[str, str]] = {
    "sys.platform": {"linux": "linux", "macos": "darwin", "windows": "win32"},
    "os.name": {"linux": "posix", "macos": "posix", "windows": "nt"},
    "platform.system": {"linux": "Linux", "macos": "Darwin", "windows": "Windows"},
}


def platforms_where(test: nodes.NodeNG) -> frozenset[str] | None:
    """The platforms on which `test` is true; None when it does not depend on the platform
    alone (or is written in a way not read here)."""
    if isinstance(test, nodes.UnaryOp) and test.op == "not":
        inner = platforms_where(test.operand)
        return EVERY - inner if inner is not None else None
    if isinstance(test, nodes.BoolOp):
        parts = [platforms_where(value) for value in test.values]
        if any(part is None for part in parts):
            return None
        known = [part for part in parts if part is not None]
        if test.op == "and":
            return frozenset.intersection(*known)
        return frozenset.union(*known)
    if isinstance(test, nodes.Call) and isinstance(test.func, nodes.Attribute):
        return _startswith(test)
    if isinstance(test, nodes.Compare) and len(test.ops) == 1:
        return _compared(test)
    return None


def _spelling(node: nodes.NodeNG) -> str | None:
    """ "sys.platform", "os.name" or "platform.system" when `node` reads one of them."""
    if isinstance(node, nodes.Call) and not node.args:
        node = node.func
    if not (isinstance(node, nodes.Attribute) and isinstance(node.expr, nodes.Name)):
        return None
    name = f"{node.expr.name}.{node.attrname}"
    return name if name in _VALUES else None


def _compared(test: nodes.Compare) -> frozenset[str] | None:
    spelling = _spelling(test.left)
    operator, right = test.ops[0]
    if spelling is None:
        return None
    values = _VALUES[spelling]
    if operator in ("==", "!=") and isinstance(right, nodes.Const):
        matching = frozenset(p for p, v in values.items() if v == right.value)
    elif operator in ("in", "not in") and isinstance(right, (nodes.Tuple, nodes.List, nodes.Set)):
        listed = {e.value for e in right.elts if isinstance(e, nodes.Const)}
        matching = frozenset(p for p, v in values.items() if v in listed)
    else:
        return None
    return EVERY - matching if operator in ("!=", "not in") else matching


def _startswith(test: nodes.Call) -> frozenset[str] | None:
    func = test.func
    if not (
        isinstance(func, nodes.Attribute)
        and func.attrname == "startswith"
        and len(test.args) == 1
        and isinstance(test.args[0], nodes.Const)
        and isinstance(test.args[0].value, str)
    ):
        return None
    spelling = _spelling(func.expr)
    if spelling is None:
        return None
    prefix = test.args[0].value
    return frozenset(p for p, v in _VALUES[spelling].items() if v.startswith(prefix))


METHODS = frozenset({"fork", "spawn", "forkserver"})


class Truth(NamedTuple):
    """Under which start methods a test may be true, and may be false (a test that reads
    something else as well may be either)."""

    may_hold: frozenset[str]
    may_fail: frozenset[str]
    reads_start_method: bool


def start_method_truth(test: nodes.NodeNG) -> Truth:
    """`chunk == 0 or get_start_method() == "spawn"` may hold under any method, and fails only
    under fork and forkserver: its `else` branch runs under those two only."""
    if isinstance(test, nodes.UnaryOp) and test.op == "not":
        inner = start_method_truth(test.operand)
        return Truth(inner.may_fail, inner.may_hold, inner.reads_start_method)
    if isinstance(test, nodes.BoolOp):
        parts = [start_method_truth(value) for value in test.values]
        holds, fails = [p.may_hold for p in parts], [p.may_fail for p in parts]
        reads = any(p.reads_start_method for p in parts)
        if test.op == "and":
            return Truth(frozenset.intersection(*holds), frozenset.union(*fails), reads)
        return Truth(frozenset.union(*holds), frozenset.intersection(*fails), reads)
    matching = _compared_methods(test)
    if matching is None:
        return Truth(METHODS, METHODS, False)
    return Truth(matching, METHODS - matching, True)


def _compared_methods(test: nodes.NodeNG) -> frozenset[str] | None:
    """The methods `get_start_method() ==/!=/in/not in ...` is true under; None otherwise."""
    if not (isinstance(test, nodes.Compare) and len(test.ops) == 1):
        return None
    left = test.left
    func = left.func if isinstance(left, nodes.Call) else None
    called = func.attrname if isinstance(func, nodes.Attribute) else getattr(func, "name", None)
    if called != "get_start_method":
        return None
    operator, right = test.ops[0]
    if operator in ("==", "!=") and isinstance(right, nodes.Const):
        matching = frozenset({right.value}) & METHODS
    elif operator in ("in", "not in") and isinstance(right, (nodes.Tuple, nodes.List, nodes.Set)):
        matching = frozenset(e.value for e in right.elts if isinstance(e, nodes.Const)) & METHODS
    else:
        return None
    return METHODS - matching if operator in ("!=", "not in") else matching


def guarded_methods(node: nodes.NodeNG) -> frozenset[str] | None:
    """The start methods under which the `if`/`else` branches around `node`, within its
    function, can run, read from their `get_start_method()` tests; None when none tests it."""
    allowed: frozenset[str] | None = None
    child, parent = node, node.parent
    while parent is not None and not isinstance(parent, nodes.Module):
        branches = [_after_early_exits(child)]
        if isinstance(parent, (nodes.If, nodes.IfExp)) and child is not parent.test:
            truth = start_method_truth(parent.test)
            if truth.reads_start_method:
                branches.append(truth.may_hold if _in_body(child, parent) else truth.may_fail)
        for branch in branches:
            if branch is not None:
                allowed = branch if allowed is None else allowed & branch
        if isinstance(parent, nodes.FunctionDef):
            break
        child, parent = parent, parent.parent
    return allowed


def _after_early_exits(statement: nodes.NodeNG) -> frozenset[str] | None:
    """`if get_start_method() == "spawn": ...; return` before `statement` in its block: the
    statement runs only where that test can fail."""
    if not statement.is_statement or statement.parent is None:
        return None
    allowed = remembered(statement.parent, "start_method_exits")
    if allowed is None:
        allowed = _start_methods_after_exits(statement.parent)
        remember(statement.parent, "start_method_exits", allowed)
    found: frozenset[str] | None = allowed.get(id(statement))
    return found


def _start_methods_after_exits(parent: nodes.NodeNG) -> dict[int, frozenset[str] | None]:
    """For every statement of each block of `parent`, in one pass per block (a block of
    thousands of boundaries asks for each): the methods the early exits before it leave."""
    found: dict[int, frozenset[str] | None] = {}
    for field in parent._astroid_fields:
        block = getattr(parent, field, None)
        if not isinstance(block, list):
            continue
        allowed: frozenset[str] | None = None
        for statement in block:
            found[id(statement)] = allowed
            if (
                isinstance(statement, nodes.If)
                and not statement.orelse
                and _always_leaves(statement.body)
            ):
                truth = start_method_truth(statement.test)
                if truth.reads_start_method:
                    allowed = truth.may_fail if allowed is None else allowed & truth.may_fail
    return found


def _always_leaves(body: list[nodes.NodeNG]) -> bool:
    return bool(body) and isinstance(body[-1], (nodes.Return, nodes.Raise))


def _in_body(child: nodes.NodeNG, branch: nodes.If | nodes.IfExp) -> bool:
    if isinstance(branch, nodes.IfExp):
        return child is branch.body
    return child in branch.body
