"""The engine and CLI are plain libraries: only picklecheck.lsp may import pygls/lsprotocol."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "server" / "picklecheck"
LSP_ONLY = ("pygls", "lsprotocol")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files_outside_lsp() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "lsp" not in p.relative_to(PACKAGE).parts]


def test_the_package_is_found() -> None:
    assert (PACKAGE / "engine" / "model.py").is_file()
    assert len(python_files_outside_lsp()) >= 5


def test_engine_and_cli_never_import_pygls_or_lsprotocol() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            m for m in imported_modules(path) if m.split(".")[0] in LSP_ONLY
        )
        for path in python_files_outside_lsp()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


INFERENCE_CALLS = ("infer", "inferred", "infer_call_result", "igetattr", "safe_infer")


def inference_callers(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in INFERENCE_CALLS
        and not _is_facade(node.func.value)
    ]


def _is_facade(receiver: ast.expr) -> bool:
    """`facade.infer(...)` or `self.facade.infer(...)`: the guarded door itself."""
    if isinstance(receiver, ast.Name):
        return receiver.id == "facade"
    return isinstance(receiver, ast.Attribute) and receiver.attr == "facade"


def test_only_the_guarded_facade_runs_astroid_inference() -> None:
    """Every inference must go through the budgeted facade, which turns failures into unknown."""
    facade = PACKAGE / "engine" / "astroid_facade.py"
    offenders = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if path != facade and (lines := inference_callers(path))
    }
    assert offenders == {}
