"""Restricted mode: an interpreter in the workspace, whoever names it, is not run until trusted."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from vscode_harness import EXAMPLES, CodeServer, code_server, workbench_page

pytestmark = pytest.mark.e2e


TRAP = "trap-python"
# Where the interpreter is named: each must be ignored in restricted mode, then used once trusted.
# The workspace setting is hidden by VS Code itself; a user setting (or the Python extension's
# selection) that points into the workspace, absolute or relative, is refused by our client.
PLACES = ["workspace setting", "user setting, absolute path", "user setting, relative path"]


def user_settings(place: str, workspace: Path) -> dict[str, object]:
    if place == "user setting, absolute path":
        return {"picklecheck.interpreter": str(workspace / TRAP)}
    if place == "user setting, relative path":
        return {"picklecheck.interpreter": f"./{TRAP}"}
    return {}


@pytest.fixture(params=PLACES)
def untrusted_server(
    request: pytest.FixtureRequest, vsix: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[CodeServer, Path]]:
    place: str = request.param
    run_dir = tmp_path_factory.mktemp("untrusted")
    marker = run_dir / "interpreter-was-run"
    workspace = run_dir / "repository" / "workspace"  # where code_server copies the examples
    settings = user_settings(place, workspace)
    with code_server(vsix, EXAMPLES, run_dir, settings, trusted=False) as server:
        assert server.workspace == workspace
        # A would-be interpreter that leaves a mark when anything executes it.
        trap = server.workspace / TRAP
        trap.write_text(f'#!/bin/sh\ntouch "{marker}"\nexec python3 "$@"\n')
        trap.chmod(0o755)
        if place == "workspace setting":
            server.update_settings({"picklecheck.interpreter": str(trap)})
        yield server, marker


def server_starts(server: CodeServer) -> list[str]:
    return [line for line in server.extension_log().splitlines() if "starting server" in line]


def wait_for_start(server: CodeServer, count: int) -> list[str]:
    deadline = time.monotonic() + 60
    while len(server_starts(server)) < count and time.monotonic() < deadline:
        time.sleep(0.2)
    return server_starts(server)


def trust_workspace(page: Page) -> None:
    page.keyboard.press("F1")
    page.locator(".quick-input-widget input").fill(">Manage Workspace Trust")
    page.locator(
        ".quick-input-list .monaco-list-row", has_text="Manage Workspace Trust"
    ).first.click()
    page.get_by_role("button", name="Trust", exact=True).click(timeout=30_000)


def test_interpreter_in_the_workspace_is_not_run_until_trusted(
    untrusted_server: tuple[CodeServer, Path], tmp_path: Path
) -> None:
    server, marker = untrusted_server
    with workbench_page(server.url, tmp_path / "chromium") as page:
        first = wait_for_start(server, 1)[0]
        assert TRAP not in first
        assert "(from PATH)" in first
        assert not marker.exists()
        # Control: once trusted, the same setting is used, so the check above could fail.
        trust_workspace(page)
        restarted = wait_for_start(server, 2)[-1]
        # Granting trust applies the workspace settings: the restart is reported as caused by
        # the trust change or by the settings change, whichever event the editor fires first.
        assert TRAP in restarted
        assert "(workspace trusted)" in restarted or "(settings changed)" in restarted
        assert marker.exists()
