"""The packaged .vsix: what it contains, and that its bundled server runs on its own."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from vscode_harness import REPO, bare_python

from picklecheck.engine.rules import RULES

SETTINGS = {
    "enable",
    "interpreter",
    "targetVersion",
    "startMethod",
    "platforms",
    "select",
    "ignore",
    "severity",
    "sharedDataMinItems",
    "checkWorkspaceOnStartMaxFiles",
    "trace.server",
}


@pytest.fixture(scope="module")
def names(vsix: Path) -> list[str]:
    with zipfile.ZipFile(vsix) as archive:
        return archive.namelist()


def test_vsix_holds_the_client_server_dependencies_and_rule_pages(names: list[str]) -> None:
    expected = [
        "extension/dist/extension.js",
        "extension/package.json",
        "extension/readme.md",  # vsce lower-cases the name
        "extension/bundled/server/picklecheck/lsp/server.py",
        "extension/bundled/server/picklecheck/engine/analyzer.py",
        "extension/bundled/libs/pygls/__init__.py",
        "extension/bundled/libs/lsprotocol/types.py",
        "extension/bundled/libs/astroid/__init__.py",
        *(f"extension/bundled/docs/rules/{rule.code}.md" for rule in RULES),
    ]
    assert [name for name in expected if name not in names] == []


def test_vsix_leaves_out_sources_caches_and_node_modules(names: list[str]) -> None:
    unwanted = ("__pycache__", ".pyc", "node_modules/", "client/src/", ".map", "tests/")
    assert [n for n in names if any(part in n for part in unwanted)] == []


def test_vsix_declares_exactly_the_documented_settings(vsix: Path) -> None:
    with zipfile.ZipFile(vsix) as archive:
        manifest = json.loads(archive.read("extension/package.json"))
    declared = manifest["contributes"]["configuration"]["properties"]
    assert {name.removeprefix("picklecheck.") for name in declared} == SETTINGS


def test_bundled_server_package_runs_with_nothing_installed(vsix: Path, tmp_path: Path) -> None:
    """A bare interpreter plus the bundle's PYTHONPATH is enough: CLI and LSP imports work."""
    with zipfile.ZipFile(vsix) as archive:
        archive.extractall(tmp_path / "vsix")
    bundled = tmp_path / "vsix/extension/bundled"
    python = bare_python(tmp_path)
    env = {"PYTHONPATH": f"{bundled / 'server'}:{bundled / 'libs'}", "PATH": "/usr/bin:/bin"}
    check = subprocess.run(
        [str(python), "-P", "-m", "picklecheck", "check", "--no-progress", "examples"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert check.returncode == 1, check.stderr
    assert "PKL006" in check.stdout
    imports = subprocess.run(
        [str(python), "-P", "-c", "import picklecheck.lsp.server, pygls, astroid"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert imports.returncode == 0, imports.stderr
