"""Documents whose URI is percent-encoded (spaces, non-ASCII letters, `+`, a Windows drive
letter) get diagnostics, hovers, code actions and pull answers like any other.

pygls keys open documents by the unquoted URI; the server must find them under the URI the
client sent (and publish under it, so the client matches the diagnostics to its document)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import client_capabilities
from tests.lsp.harness import (
    EXAMPLES,
    RecordingClient,
    answer,
    position_of,
    published_for,
    pull_capabilities,
    started,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()


def encoded_uris(folder: Path) -> list[str]:
    """What VS Code sends for such files: `Path.as_uri()` quotes as it does, and it also
    quotes a drive letter's colon."""
    named = [folder / "with space" / "main.py", folder / "été" / "naïve.py", folder / "a+b.py"]
    return [path.as_uri() for path in named] + ["file:///c%3A/Users/me/project/main.py"]


def open_at(client: RecordingClient, uri: str) -> None:
    item = types.TextDocumentItem(uri=uri, language_id="python", version=1, text=LAMBDA_PROGRAM)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def pusher(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RecordingClient]:
    folder = tmp_path_factory.mktemp("lsp-uris-push")
    async with started(folder, client_capabilities("neovim")) as client:
        yield client


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def puller(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RecordingClient]:
    folder = tmp_path_factory.mktemp("lsp-uris-pull")
    async with started(folder, pull_capabilities()) as client:
        yield client


async def test_encoded_uris_get_diagnostics_hover_and_code_actions(
    pusher: RecordingClient,
) -> None:
    for uri in encoded_uris(pusher.folder):
        assert "%" in uri
        open_at(pusher, uri)
        (diagnostic,) = (await published_for(pusher, uri, 1)).diagnostics
        assert diagnostic.code == "PKL001"
        where = position_of(LAMBDA_PROGRAM, "lambda n")
        hover_params = types.HoverParams(types.TextDocumentIdentifier(uri), where)
        hover = await answer(pusher.text_document_hover_async(hover_params))
        assert hover is not None and "PKL001" in hover.contents.value
        action_params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
        actions = await answer(pusher.text_document_code_action_async(action_params))
        assert actions and actions[0].title.startswith("Lift the lambda")
        assert uri in actions[0].edit.changes


async def test_encoded_uris_answer_pull_diagnostics(puller: RecordingClient) -> None:
    for uri in encoded_uris(puller.folder):
        open_at(puller, uri)
        params = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri))
        report = await answer(puller.text_document_diagnostic_async(params))
        assert [item.code for item in report.items] == ["PKL001"]
