"""Clients without workspace/configuration (Neovim 0.7): settings come from
initializationOptions and from the section pushed in didChangeConfiguration. A bad interpreter
is reported, not fatal."""

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
    close_document,
    eventually,
    open_document,
    published_for,
    started,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def client(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RecordingClient]:
    folder = tmp_path_factory.mktemp("lsp-neovim-07")
    capabilities = client_capabilities("neovim@v0.7.0")
    assert capabilities.workspace is None or not capabilities.workspace.configuration
    params = types.InitializeParams(
        capabilities=capabilities,
        root_uri=folder.as_uri(),
        initialization_options={"settings": {"ignore": ["PKL001"]}},
    )
    async with started(folder, params=params) as running:
        yield running


def push_settings(client: RecordingClient, settings: dict[str, object]) -> int:
    before = len(client.published)
    params = types.DidChangeConfigurationParams(settings={"picklecheck": settings})
    client.workspace_did_change_configuration(params)
    return before


async def test_initialization_options_then_pushed_settings_apply(
    client: RecordingClient,
) -> None:
    folder: Path = client.folder
    uri = open_document(client, folder / "nvim07.py", LAMBDA_PROGRAM)
    assert list((await published_for(client, uri, 1)).diagnostics) == []
    before = push_settings(client, {"ignore": []})

    def codes() -> list[str]:
        pushes = [p for p in client.published[before:] if p.uri == uri]
        return [str(d.code) for d in pushes[-1].diagnostics] if pushes else []

    assert await eventually(codes, "PKL001 once the pushed settings stop ignoring it")
    assert codes() == ["PKL001"]
    close_document(client, uri)


async def test_a_missing_interpreter_is_reported_and_analysis_goes_on(
    client: RecordingClient,
) -> None:
    folder: Path = client.folder
    shown = len(client.messages)
    push_settings(client, {"interpreter": str(folder / "no-such-python")})
    warning = await eventually(
        lambda: [m for m in client.messages[shown:] if "no-such-python" in m.message],
        "a warning naming the interpreter",
    )
    assert warning[0].type == types.MessageType.Warning
    uri = open_document(client, folder / "after.py", LAMBDA_PROGRAM)
    codes = [d.code for d in (await published_for(client, uri, 1)).diagnostics]
    assert codes == ["PKL001"]
    close_document(client, uri)
