"""The language server opening a file beside planted code loads none of it (see planted.py)."""

from __future__ import annotations

from pathlib import Path

from pytest_lsp import client_capabilities
from tests.lsp.harness import (
    RecordingClient,
    initialize,
    open_document,
    published_for,
    server_config,
)
from tests.security.planted import hostile_workspace


async def test_opening_a_file_loads_nothing_from_its_folder(tmp_path: Path) -> None:
    main, markers = hostile_workspace(tmp_path)
    client = await server_config().start()
    assert isinstance(client, RecordingClient)
    try:
        await initialize(client, main.parent, client_capabilities("visual-studio-code"))
        uri = open_document(client, main)
        await published_for(client, uri, 1)
    finally:
        await client.shutdown_session()
        await client.stop()
    assert not any(marker.exists() for marker in markers)
