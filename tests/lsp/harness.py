"""pytest-lsp harness: the real server (`python -m picklecheck serve`) over stdio.

Every client records each `publishDiagnostics` with its version, so tests can tell which text a
diagnostic belongs to. Helpers wait for events instead of sleeping.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "rule_examples"
WAIT_SECONDS = 30.0
# The capability snapshots pytest-lsp ships for the two real clients we care about.
CLIENTS = ["visual-studio-code", "neovim"]


class RecordingClient(LanguageClient):
    """pytest-lsp's client, also keeping every publishDiagnostics in order."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.published: list[types.PublishDiagnosticsParams] = []
        self.registrations: list[types.Registration] = []
        self.folder = Path()  # the workspace folder, set when the session starts
        self.initialize_result: types.InitializeResult | None = None


def _record(client: RecordingClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def _register(client: RecordingClient, params: types.RegistrationParams) -> None:
    """Editors accept dynamic registrations (file watchers); pytest-lsp's client has none."""
    client.registrations.extend(params.registrations)


def make_client() -> RecordingClient:
    client = RecordingClient(converter_factory=default_converter)
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _record
    features[types.CLIENT_REGISTER_CAPABILITY] = _register
    register_lsp_features(client, features)
    return client


SERVER_COMMAND = [sys.executable, "-m", "picklecheck", "serve"]

# A program whose worker function comes from a sibling module, `helpers.py`: whether it is
# flagged depends on that module (HELPERS_LAMBDA: yes).
USES_HELPERS = """\
import multiprocessing

from helpers import double


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(double, [1, 2, 3]))
"""
HELPERS_LAMBDA = "double = lambda x: 2 * x\n"


def server_config(command: Sequence[str] = SERVER_COMMAND, **env: str) -> ClientServerConfig:
    """`env` is added to the test process's environment (the server replaces it otherwise,
    and would lose PICKLECHECK_CACHE_DIR and write to the user's cache folder)."""
    server_env = {**os.environ, **env} if env else None
    return ClientServerConfig(
        server_command=list(command), client_factory=make_client, server_env=server_env
    )


@contextlib.asynccontextmanager
async def started(
    folder: Path,
    capabilities: types.ClientCapabilities | None = None,
    params: types.InitializeParams | None = None,
    command: Sequence[str] = SERVER_COMMAND,
    settings: dict[str, Any] | None = None,
    env: dict[str, str] | None = None,
) -> AsyncIterator[RecordingClient]:
    """A real server over stdio with an initialised session on `folder`; shut down after.
    `params` replaces the default initialize request (root and folder = `folder`);
    `settings` are the `picklecheck` section the client answers with; `env` is added to the
    server's environment."""
    client = await server_config(command, **(env or {})).start()
    assert isinstance(client, RecordingClient)
    client.folder = folder
    shut_down = False
    try:
        if params is None:
            chosen = capabilities or client_capabilities(CLIENTS[0])
            client.initialize_result = await initialize(client, folder, chosen, settings)
        else:
            client.initialize_result = await client.initialize_session(params)
        yield client
        await asyncio.wait_for(client.shutdown_session(), WAIT_SECONDS)
        shut_down = True
    finally:
        if not shut_down:
            _kill_server(client)  # a failed test: without `exit` the server would never end
        await client.stop()  # waits for the server process to end


def _kill_server(client: RecordingClient) -> None:
    process = client._server  # pygls keeps the server's process here; no public accessor
    if process is not None and process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.kill()


def client_fixture(name: str, clients: Sequence[str] = CLIENTS) -> Any:
    """The module-scoped `client` fixture most LSP test modules use: one server per client
    capability snapshot in `clients`, each on a fresh temporary workspace folder."""

    @pytest_asyncio.fixture(scope="module", loop_scope="module", params=list(clients))
    async def client(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
    ) -> AsyncIterator[RecordingClient]:
        folder = tmp_path_factory.mktemp(f"{name}-{request.param}")
        async with started(folder, client_capabilities(request.param)) as running:
            yield running

    return client


def pull_capabilities() -> types.ClientCapabilities:
    """VS Code's snapshot plus pull diagnostics with refresh, as VS Code >= 1.67 sends."""
    capabilities = client_capabilities("visual-studio-code")
    assert capabilities.text_document is not None and capabilities.workspace is not None
    capabilities.text_document.diagnostic = types.DiagnosticClientCapabilities(
        related_document_support=False
    )
    capabilities.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(
        refresh_support=True
    )
    return capabilities


async def initialize(
    client: LanguageClient,
    folder: Path,
    capabilities: types.ClientCapabilities,
    settings: dict[str, Any] | None = None,
) -> types.InitializeResult:
    client.set_configuration(settings or {}, section="picklecheck")
    params = types.InitializeParams(
        capabilities=capabilities,
        root_uri=folder.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=folder.as_uri(), name=folder.name)],
    )
    return await client.initialize_session(params)


def open_document(
    client: LanguageClient, path: Path, text: str | None = None, version: int = 1
) -> str:
    if text is None:
        text = path.read_text()
    else:
        path.write_text(text)
    uri = path.as_uri()
    item = types.TextDocumentItem(uri=uri, language_id="python", version=version, text=text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    return uri


def replace_text(client: LanguageClient, uri: str, version: int, text: str) -> None:
    document = types.VersionedTextDocumentIdentifier(uri=uri, version=version)
    change = types.TextDocumentContentChangeWholeDocument(text=text)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(text_document=document, content_changes=[change])
    )


def close_document(client: LanguageClient, uri: str) -> None:
    identifier = types.TextDocumentIdentifier(uri=uri)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=identifier))


async def eventually(check: Callable[[], Any], what: str, seconds: float = WAIT_SECONDS) -> Any:
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def published_for(
    client: RecordingClient, uri: str, version: int
) -> types.PublishDiagnosticsParams:
    """The first push for `uri` at `version`."""

    def find() -> types.PublishDiagnosticsParams | None:
        return next((p for p in client.published if p.uri == uri and p.version == version), None)

    found: types.PublishDiagnosticsParams = await eventually(
        find, f"diagnostics of {uri} v{version}"
    )
    return found


async def answer(request: Awaitable[Any]) -> Any:
    return await asyncio.wait_for(request, WAIT_SECONDS)


def position_of(text: str, needle: str, offset: int = 0) -> types.Position:
    """Position (UTF-16, as every test client uses) of `needle`'s first character + offset."""
    for number, line in enumerate(text.splitlines()):
        if needle in line:
            column = line.index(needle) + offset
            return types.Position(number, len(line[:column].encode("utf-16-le")) // 2)
    raise AssertionError(f"{needle!r} not in text")


def apply_text_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply LSP edits (UTF-16 positions, non-overlapping) the way an editor does."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        before = sum(len(line) + 1 for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return before + index
            units += 2 if ord(char) > 0xFFFF else 1
        return before + len(line)

    spans = sorted((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits)
    for start, end, new_text in reversed(spans):
        text = text[:start] + new_text + text[end:]
    return text
