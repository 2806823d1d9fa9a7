"""Columns in the negotiated encoding (UTF-16 for VS Code, UTF-8 for Neovim 0.11) on lines with
non-ASCII text, and client-specific actions (the VS Code profiler command)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import client_capabilities
from tests.lsp.harness import (
    CLIENTS,
    EXAMPLES,
    RecordingClient,
    answer,
    close_document,
    open_document,
    published_for,
    started,
)

from picklecheck.lsp.convert import to_code_points, to_units

pytestmark = pytest.mark.asyncio(loop_scope="module")

WIDE = """\
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print("🐍 ünïcode 🐍", pool.map(lambda n: n * 2, [1, 2, 3]))
"""
ENCODINGS = {"visual-studio-code": "utf-16", "neovim": "utf-8"}
CLIENT_NAMES = {"visual-studio-code": "Visual Studio Code", "neovim": "Neovim"}


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=CLIENTS)
async def client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[RecordingClient]:
    folder = tmp_path_factory.mktemp(f"lsp-enc-{request.param}")
    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        client_info=types.ClientInfo(name=CLIENT_NAMES[request.param]),
        workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name="enc")],
    )
    async with started(folder, params=params) as running:
        assert running.initialize_result is not None
        capabilities = running.initialize_result.capabilities
        running.encoding = capabilities.position_encoding
        running.kind = request.param
        yield running


def units(text: str, encoding: str) -> int:
    return len(text.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(text.encode())


async def test_columns_follow_the_negotiated_encoding(client: RecordingClient) -> None:
    encoding = client.encoding
    assert encoding == ENCODINGS[client.kind]
    folder: Path = client.folder
    uri = open_document(client, folder / "wide.py", WIDE)
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    line = WIDE.splitlines()[4]
    start, end = line.index("lambda"), line.index(", [1, 2, 3]")
    assert diagnostic.range == types.Range(
        types.Position(4, units(line[:start], encoding)),
        types.Position(4, units(line[:end], encoding)),
    )
    hover_at = types.Position(4, units(line[: start + 3], encoding))
    params = types.HoverParams(text_document=types.TextDocumentIdentifier(uri), position=hover_at)
    hover = await answer(client.text_document_hover_async(params))
    assert hover is not None and "PKL001" in hover.contents.value
    assert hover.range == diagnostic.range
    close_document(client, uri)


async def test_profiler_hint_offers_the_vscode_command_to_vscode_only(
    client: RecordingClient,
) -> None:
    folder: Path = client.folder
    uri = open_document(client, folder / "profiled.py", (EXAMPLES / "PKL012_bad.py").read_text())
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    assert diagnostic.code == "PKL012"
    assert diagnostic.severity == types.DiagnosticSeverity.Information
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri),
        range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic]),
    )
    actions = await answer(client.text_document_code_action_async(params))
    profile = [a for a in actions if a.title.startswith("Profile this script")]
    if client.kind == "visual-studio-code":
        (action,) = profile
        # lsprotocol's client-side hook parses any action carrying a command as a `Command`
        # (the whole command object lands in `.command`), so look at it as text.
        assert "picklecheck.profileScript" in str(action.command) and uri in str(action.command)
    else:
        assert profile == []
    close_document(client, uri)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
@pytest.mark.parametrize("line", ["", "abc", "é🐍x", "🐍🐍", "tab\there"])
async def test_unit_conversion_round_trips(encoding: str, line: str) -> None:
    for column in range(len(line) + 1):
        assert to_code_points(line, to_units(line, column, encoding), encoding) == column
