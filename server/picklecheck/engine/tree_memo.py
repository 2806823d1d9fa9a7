"""Values derived from an astroid tree and kept on the tree's own nodes, and the one walk per
tree that lists its nodes (the lowest engine module: everything that reads trees uses it)."""

from __future__ import annotations

from typing import Any

from astroid.nodes import NodeNG as Node


def remembered(node: Any, key: str) -> Any:
    """A value derived from a tree node and stored on the node itself, so that it lives and dies
    with its tree (a weak-keyed table would keep the tree alive through its values)."""
    return node.__dict__.get(f"_picklecheck_{key}")


def remember(node: Any, key: str, value: Any) -> None:
    node.__dict__[f"_picklecheck_{key}"] = value


def forget(node: Any, key: str) -> None:
    node.__dict__.pop(f"_picklecheck_{key}", None)


def nodes_in(root: Node, classes: type[Any] | tuple[type[Any], ...]) -> list[Any]:
    """The nodes of `classes` under `root` (itself included), in source order.

    The analysis asks the same tree for its calls, assignments and classes many times; one walk
    per tree, remembered on the root, answers all of them.
    """
    key = "nodes_of_" + "_".join(
        c.__name__ for c in (classes if isinstance(classes, tuple) else (classes,))
    )
    found: list[Any] | None = remembered(root, key)
    if found is None:
        found = _of_classes(root, classes)
        remember(root, key, found)
    return found


def _of_classes(root: Node, classes: type[Any] | tuple[type[Any], ...]) -> list[Any]:
    """From the tree's nodes grouped by exact class (a few dozen groups): the groups of the
    classes asked for and of their subclasses, merged back into source order."""
    groups: dict[type[Any], list[tuple[int, Node]]] | None = remembered(root, "by_class")
    if groups is None:
        groups = {}
        for position, node in enumerate(all_nodes(root)):
            groups.setdefault(node.__class__, []).append((position, node))
        remember(root, "by_class", groups)
    chosen = [group for kind, group in groups.items() if issubclass(kind, classes)]
    if len(chosen) == 1:
        return [node for _position, node in chosen[0]]
    return [node for _position, node in sorted(pair for group in chosen for pair in group)]


def all_nodes(root: Node) -> list[Node]:
    known: list[Node] | None = remembered(root, "all_nodes")
    if known is None:
        known = []
        pending = [root]
        while pending:  # pre-order, like `nodes_of_class`, without a generator per node
            node = pending.pop()
            known.append(node)
            pending.extend(reversed(list(node.get_children())))
        remember(root, "all_nodes", known)
    return known
