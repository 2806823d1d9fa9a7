"""Tests that depend on the platform the program runs on (`sys.platform == "linux"`,
`os.name == "nt"`, `platform.system() == "Darwin"`): on which of picklecheck's platforms
("linux", "macos", "windows") they hold. Read from the source, never evaluated."""

from __future__ import annotations

from astroid import nodes

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
