"""Settings pulled with workspace/configuration and applied live; the model matches package.json."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from tests.lsp.harness import (
    EXAMPLES,
    RecordingClient,
    answer,
    client_fixture,
    close_document,
    eventually,
    open_document,
    position_of,
    published_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()


client = client_fixture("lsp-settings", clients=["visual-studio-code"])


def change_settings(client: RecordingClient, settings: dict[str, object]) -> int:
    """Set the client's `picklecheck` section and notify; returns the push count before."""
    before = len(client.published)
    client.set_configuration(settings, section="picklecheck")
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"picklecheck": settings})
    )
    return before


async def next_push(
    client: RecordingClient, uri: str, after: int
) -> types.PublishDiagnosticsParams:
    def find() -> types.PublishDiagnosticsParams | None:
        return next((p for p in client.published[after:] if p.uri == uri), None)

    found: types.PublishDiagnosticsParams = await eventually(find, f"a new push for {uri}")
    return found


async def test_ignore_severity_and_enable_apply_without_restart(client: RecordingClient) -> None:
    folder: Path = client.folder
    uri = open_document(client, folder / "live.py", LAMBDA_PROGRAM)
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    assert diagnostic.severity == types.DiagnosticSeverity.Error

    before = change_settings(client, {"ignore": ["PKL001"]})
    assert list((await next_push(client, uri, before)).diagnostics) == []

    before = change_settings(client, {"severity": {"PKL001": "info"}})
    (diagnostic,) = (await next_push(client, uri, before)).diagnostics
    assert diagnostic.severity == types.DiagnosticSeverity.Information

    before = change_settings(client, {"enable": False})
    assert list((await next_push(client, uri, before)).diagnostics) == []
    hover = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri),
        position=position_of(LAMBDA_PROGRAM, "lambda n"),
    )
    assert await answer(client.text_document_hover_async(hover)) is None

    before = change_settings(
        client, {"enable": True, "select": ["lambda-crosses-process-boundary"]}
    )
    assert [d.code for d in (await next_push(client, uri, before)).diagnostics] == ["PKL001"]
    close_document(client, uri)


async def test_start_method_and_target_version_reach_the_engine(client: RecordingClient) -> None:
    """PKL003 (a worker defined under the main guard) fails only when the child re-imports
    the main module: never under fork, under spawn always."""
    folder: Path = client.folder
    program = (EXAMPLES / "PKL003_bad.py").read_text()
    before = change_settings(client, {"startMethod": "fork", "platforms": ["linux"]})
    uri = open_document(client, folder / "guarded.py", program)
    codes = [d.code for d in (await next_push(client, uri, before)).diagnostics]
    assert "PKL003" not in codes
    before = change_settings(client, {"startMethod": "spawn"})
    codes = [d.code for d in (await next_push(client, uri, before)).diagnostics]
    assert "PKL003" in codes
    before = change_settings(client, {"platforms": ["linux"], "targetVersion": "3.14"})
    codes = [d.code for d in (await next_push(client, uri, before)).diagnostics]
    assert "PKL003" in codes, "3.14 makes forkserver the Linux default, which re-imports main"
    before = change_settings(client, {"platforms": ["linux"], "targetVersion": "3.12"})
    codes = [d.code for d in (await next_push(client, uri, before)).diagnostics]
    assert "PKL003" not in codes
    change_settings(client, {})
    close_document(client, uri)


async def test_invalid_settings_are_reported_and_defaults_kept(client: RecordingClient) -> None:
    folder: Path = client.folder
    shown = len(client.messages)
    before = change_settings(client, {"startMethod": "teleport", "ignore": ["PKL001"]})
    uri = open_document(client, folder / "invalid.py", LAMBDA_PROGRAM)
    assert list((await next_push(client, uri, before)).diagnostics) == []  # ignore still applies
    warning = await eventually(
        lambda: [m for m in client.messages[shown:] if "startMethod" in m.message],
        "a warning about startMethod",
    )
    assert warning[0].type == types.MessageType.Warning
    change_settings(client, {})
    close_document(client, uri)
