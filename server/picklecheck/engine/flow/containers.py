"""Values put into lists, dicts and sets after the container was created."""

from __future__ import annotations

from astroid import nodes

from picklecheck.engine.flow.syntax import assigned_value, is_name, own_nodes

_CONTAINERS = (nodes.List, nodes.Dict, nodes.Set, nodes.ListComp)


def additions(
    definition: nodes.AssignName, use: nodes.NodeNG
) -> list[tuple[nodes.NodeNG, nodes.NodeNG]]:
    """(statement, value) for every value put into the container `definition` creates, by the
    statements of its scope between the creation and `use`: `jobs = []`, then
    `jobs.append({...})` in a loop, then `return jobs` (the loop's lines lie in between)."""
    value, _note = assigned_value(definition)
    if not isinstance(value, _CONTAINERS):
        return []
    start, end = definition.lineno or 0, use.lineno or 0
    found: list[tuple[nodes.NodeNG, nodes.NodeNG]] = []
    for node in own_nodes(definition.scope(), (nodes.Call, nodes.Assign)):
        if start < (node.lineno or 0) < end:
            found.extend((node, added) for added in added_to(node, str(definition.name)))
    return found


def added_to(node: nodes.NodeNG, container: str) -> list[nodes.NodeNG]:
    """Values a statement adds to the list/dict/set named `container`."""
    if isinstance(node, nodes.Assign):
        return [
            node.value
            for target in node.targets
            if isinstance(target, nodes.Subscript) and is_name(target.value, container)
        ]
    func = node.func
    if not (isinstance(func, nodes.Attribute) and is_name(func.expr, container)):
        return []
    if func.attrname in ("append", "add") and node.args:
        return [node.args[0]]
    if func.attrname == "insert" and len(node.args) == 2:
        return [node.args[1]]
    if func.attrname == "setdefault" and len(node.args) == 2:
        return [node.args[1]]
    if func.attrname in ("extend", "update") and node.args:
        argument = node.args[0]
        if isinstance(argument, (nodes.List, nodes.Tuple, nodes.Set)):
            return list(argument.elts)
        if isinstance(argument, nodes.Dict):
            return [v for _k, v in argument.items]
    return []


_ADDERS = frozenset({"append", "add", "insert"})


def attribute_additions(
    scope: nodes.FunctionDef, receiver: str, attribute: str, use: nodes.NodeNG
) -> list[tuple[nodes.Call, nodes.NodeNG]]:
    """(call, value) for `receiver.<attribute>.append(value)` in `scope` before `use`, or
    anywhere in a loop around `use`: the next round pickles what this one added."""
    loops = _loops_around(use, scope)
    found: list[tuple[nodes.Call, nodes.NodeNG]] = []
    for call in own_nodes(scope, nodes.Call):
        if _attribute_added_to(call, receiver) != attribute:
            continue
        earlier = (call.lineno or 0) < (use.lineno or 0)
        if earlier or any(_inside(call, loop) for loop in loops):
            found.append((call, call.args[-1]))
    return found


def additions_to_attributes(
    scope: nodes.NodeNG, receiver: str, start: int, end: int
) -> list[tuple[nodes.Call, str, nodes.NodeNG]]:
    """(call, attribute, value) for every `receiver.<attribute>.append(value)` (or add,
    insert, ...) among the statements of `scope` on lines strictly between `start` and `end`."""
    found: list[tuple[nodes.Call, str, nodes.NodeNG]] = []
    for call in own_nodes(scope, nodes.Call):
        attribute = _attribute_added_to(call, receiver)
        if attribute is not None and start < (call.lineno or 0) < end:
            found.append((call, attribute, call.args[-1]))
    return found


def _attribute_added_to(call: nodes.Call, receiver: str) -> str | None:
    """`x` of `receiver.x.append(value)` (or add, insert); None for any other call."""
    func = call.func
    if (
        isinstance(func, nodes.Attribute)
        and func.attrname in _ADDERS
        and call.args
        and isinstance(func.expr, nodes.Attribute)
        and is_name(func.expr.expr, receiver)
    ):
        return str(func.expr.attrname)
    return None


def _loops_around(node: nodes.NodeNG, scope: nodes.NodeNG) -> list[nodes.NodeNG]:
    loops = []
    parent = node.parent
    while parent is not None and parent is not scope:
        if isinstance(parent, (nodes.For, nodes.While)):
            loops.append(parent)
        parent = parent.parent
    return loops


def _inside(node: nodes.NodeNG, ancestor: nodes.NodeNG) -> bool:
    parent = node.parent
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.parent
    return False
