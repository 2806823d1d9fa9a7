"""An engine crash is logged and shown once, never kills the server, and leaves no stale
diagnostics. The crash is real: the server runs with the engine's entry point replaced by one
that raises for texts containing a marker (both the full and the incremental entry point)."""

from __future__ import annotations

import sys
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
    replace_text,
    started,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()
CRASHING_SERVER = """
import picklecheck.engine as engine

real = engine.analyze_source


def analyze_source(source, path="<string>", config=None):
    if "CRASH_ME" in source:
        raise RuntimeError("injected engine failure")
    return real(source, path, config)


engine.analyze_source = analyze_source

from picklecheck.engine.incremental import IncrementalAnalyzer

real_incremental = IncrementalAnalyzer.analyze


def analyze(self, source, config):
    if "CRASH_ME" in source:
        raise RuntimeError("injected engine failure")
    return real_incremental(self, source, config)


IncrementalAnalyzer.analyze = analyze
from picklecheck.lsp.server import serve

serve()
"""


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def client(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RecordingClient]:
    folder = tmp_path_factory.mktemp("lsp-crash")
    command = [sys.executable, "-c", CRASHING_SERVER]
    async with started(folder, client_capabilities("neovim"), command=command) as running:
        yield running


async def test_crash_is_reported_once_and_the_server_keeps_working(
    client: RecordingClient,
) -> None:
    folder: Path = client.folder
    uri = open_document(client, folder / "victim.py", LAMBDA_PROGRAM)
    assert len((await published_for(client, uri, 1)).diagnostics) == 1
    replace_text(client, uri, 2, LAMBDA_PROGRAM + "# CRASH_ME\n")
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    other = open_document(client, folder / "second.py", LAMBDA_PROGRAM + "# CRASH_ME too\n")
    assert list((await published_for(client, other, 1)).diagnostics) == []

    logged = [m for m in client.log_messages if m.type == types.MessageType.Error]
    assert len(logged) == 1
    assert "injected engine failure" in logged[0].message and "Traceback" in logged[0].message
    shown = [m for m in client.messages if "could not analyse" in m.message]
    assert len(shown) == 1 and shown[0].type == types.MessageType.Warning

    replace_text(client, uri, 3, LAMBDA_PROGRAM)
    fixed = await eventually(
        lambda: [p for p in client.published if p.uri == uri and p.version == 3], "recovery"
    )
    assert [d.code for d in fixed[0].diagnostics] == ["PKL001"]
    close_document(client, uri)
    close_document(client, other)
