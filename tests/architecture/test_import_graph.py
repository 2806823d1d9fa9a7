"""The project's modules form a DAG: no import circle, not even one made only of type imports.

A circle (`a` imports `b` imports `a`) means neither module can be read, tested or moved alone;
type-only circles hide the same coupling behind `if TYPE_CHECKING:`. Imports inside functions
count too. Private names (`_x`) are never imported from another module.
"""

from __future__ import annotations

import ast
from pathlib import Path

SERVER = Path(__file__).resolve().parents[2] / "server"
PACKAGE = SERVER / "picklecheck"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SERVER).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    is_package = MODULES[module].name == "__init__.py"
    base = module.split(".")[: len(module.split(".")) - node.level + (1 if is_package else 0)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _targets(module: str, node: ast.AST) -> list[tuple[str, str | None]]:
    """(imported module, imported name or None) for one import statement."""
    if isinstance(node, ast.Import):
        return [(alias.name, None) for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        source = _absolute(module, node)
        found = []
        for alias in node.names:
            submodule = f"{source}.{alias.name}"
            found.append((submodule, None) if submodule in MODULES else (source, alias.name))
        return found
    return []


def _resolve(name: str) -> str | None:
    """The project module `name` lives in (an import of `a.b.c` loads `a.b.c`)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports(module: str) -> set[tuple[str, str | None]]:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[tuple[str, str | None]] = set()
    for node in ast.walk(tree):
        for target, name in _targets(module, node):
            resolved = _resolve(target)
            if resolved is not None and resolved != module:
                found.add((resolved, name))
    return found


GRAPH = {module: {target for target, _ in imports(module)} for module in MODULES}


def _cycle_from(start: str) -> list[str] | None:
    """A shortest circle through `start`, by breadth-first search."""
    paths: dict[str, list[str]] = {start: [start]}
    frontier = [start]
    while frontier:
        following = []
        for module in frontier:
            for target in sorted(GRAPH[module]):
                if target == start:
                    return [*paths[module], start]
                if target not in paths:
                    paths[target] = [*paths[module], target]
                    following.append(target)
        frontier = following
    return None


def test_the_graph_is_found() -> None:
    assert "picklecheck.engine.analyzer" in GRAPH
    assert "picklecheck.engine.model" in GRAPH["picklecheck.engine.analyzer"]


def test_no_import_circle() -> None:
    circles = {" -> ".join(c) for m in sorted(GRAPH) if (c := _cycle_from(m)) is not None}
    assert sorted(circles) == []


def test_no_private_name_is_imported_from_another_module() -> None:
    offenders = sorted(
        f"{module} imports {name} from {target}"
        for module in MODULES
        for target, name in imports(module)
        if name is not None and name.startswith("_") and not name.startswith("__")
    )
    assert offenders == []


def test_a_circle_would_be_found() -> None:
    """The search itself works: a made-up edge back from model to analyzer closes a circle."""
    GRAPH["picklecheck.engine.model"].add("picklecheck.engine.analyzer")
    try:
        assert _cycle_from("picklecheck.engine.model") is not None
    finally:
        GRAPH["picklecheck.engine.model"].discard("picklecheck.engine.analyzer")
