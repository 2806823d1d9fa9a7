"""The interpreter probe runs nothing from the workspace: not a `json.py` in its root (the probe
imports json), not an interpreter named by a path relative to it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import client_capabilities
from tests.lsp.harness import RecordingClient, eventually, initialize, server_config
from tests.security.planted import plant_module

from picklecheck.lsp.interpreter import PROBE, ProbeError, probe

PROBE_SECONDS = 120.0


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A workspace whose root holds a `json.py` that leaves a marker outside it."""
    root = tmp_path / "workspace"
    root.mkdir()
    marker = tmp_path / "json-was-imported"
    plant_module(root, "json", marker)
    return root, marker


def plant_interpreter(root: Path, marker: Path) -> str:
    """`venv/bin/python` in the workspace: a script that leaves a marker, then runs Python."""
    script = root / "venv" / "bin" / "python"
    script.parent.mkdir(parents=True)
    script.write_text(f'#!/bin/sh\ntouch "{marker}"\nexec "{sys.executable}" "$@"\n')
    script.chmod(0o755)
    return "venv/bin/python"


def test_control_the_probe_run_from_the_workspace_without_isolation_imports_it(
    workspace: tuple[Path, Path],
) -> None:
    root, marker = workspace
    subprocess.run(
        [sys.executable, "-c", PROBE], cwd=root, capture_output=True, timeout=PROBE_SECONDS
    )
    assert marker.exists()


def test_the_probe_imports_nothing_from_the_workspace(workspace: tuple[Path, Path]) -> None:
    root, marker = workspace
    info = probe(sys.executable, str(root))
    assert info.version == sys.version_info[:2]
    assert not marker.exists()
    assert str(root) not in info.search_paths


def test_the_users_pythonpath_comes_first(
    workspace: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, _ = workspace
    monkeypatch.setenv("PICKLECHECK_USER_PYTHONPATH", "lib")
    info = probe(sys.executable, str(root))
    assert info.search_paths[0] == str(root / "lib")


def test_a_relative_interpreter_path_is_never_run(
    workspace: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root, _ = workspace
    ran = tmp_path / "interpreter-was-run"
    relative = plant_interpreter(root, ran)
    monkeypatch.chdir(root)
    with pytest.raises(ProbeError, match="relative path"):
        probe(relative, str(root))
    assert not ran.exists()
    # Control: the planted interpreter works when named absolutely.
    probe(str(root / relative))
    assert ran.exists()


async def test_the_server_probes_without_running_workspace_files(
    workspace: tuple[Path, Path], tmp_path: Path
) -> None:
    root, marker = workspace
    ran = tmp_path / "interpreter-was-run"
    relative = plant_interpreter(root, ran)
    client = await server_config().start()
    assert isinstance(client, RecordingClient)
    try:
        await initialize(client, root, client_capabilities("visual-studio-code"))
        for interpreter in (relative, sys.executable):
            client.set_configuration({"interpreter": interpreter}, section="picklecheck")
            client.workspace_did_change_configuration(
                types.DidChangeConfigurationParams(settings={})
            )

        def probed() -> bool:
            logged = [m.message for m in client.log_messages]
            return any(f"resolving imports with {sys.executable}" in m for m in logged)

        await eventually(probed, "the server's probe of the interpreter")
    finally:
        await client.shutdown_session()
        await client.stop()
    assert not marker.exists()
    assert not ran.exists()


def test_a_home_relative_interpreter_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    home = Path(sys.executable).parent
    monkeypatch.setenv("HOME", str(home))
    assert probe(f"~/{Path(sys.executable).name}").version == sys.version_info[:2]
