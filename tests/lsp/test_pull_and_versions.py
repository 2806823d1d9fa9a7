"""Pull diagnostics for clients that can pull; version guarding under rapid edits (push)."""

from __future__ import annotations

import time
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
    close_document,
    eventually,
    initialize,
    open_document,
    position_of,
    published_for,
    pull_capabilities,
    replace_text,
    server_config,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()
CLEAN_PROGRAM = (EXAMPLES / "PKL001_good.py").read_text()


async def start(folder: Path, capabilities: types.ClientCapabilities) -> RecordingClient:
    client = await server_config().start()
    assert isinstance(client, RecordingClient)
    result = await initialize(client, folder, capabilities)
    client.init_result = result  # type: ignore[attr-defined]
    client.folder = folder  # type: ignore[attr-defined]
    return client


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def puller(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RecordingClient]:
    client = await start(tmp_path_factory.mktemp("lsp-pull"), pull_capabilities())
    yield client
    await client.shutdown_session()
    await client.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def pusher(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[RecordingClient]:
    capabilities = client_capabilities("visual-studio-code")
    client = await start(tmp_path_factory.mktemp("lsp-push"), capabilities)
    yield client
    await client.shutdown_session()
    await client.stop()


async def pull(
    client: RecordingClient, uri: str, previous: str | None = None
) -> types.DocumentDiagnosticReport:
    params = types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri),
        identifier="picklecheck",
        previous_result_id=previous,
    )
    return await answer(client.text_document_diagnostic_async(params))


async def test_capability_advertised_only_to_pulling_clients(
    puller: RecordingClient, pusher: RecordingClient
) -> None:
    pulling = puller.init_result.capabilities.diagnostic_provider  # type: ignore[attr-defined]
    assert isinstance(pulling, types.DiagnosticOptions)
    assert pulling.inter_file_dependencies and pulling.identifier == "picklecheck"
    assert pusher.init_result.capabilities.diagnostic_provider is None  # type: ignore[attr-defined]


async def test_pull_returns_findings_and_unchanged_for_the_same_text(
    puller: RecordingClient,
) -> None:
    folder: Path = puller.folder  # type: ignore[attr-defined]
    uri = open_document(puller, folder / "pulled.py", LAMBDA_PROGRAM)
    report = await pull(puller, uri)
    assert report.kind == "full"
    assert [d.code for d in report.items] == ["PKL001"]
    assert report.result_id
    again = await pull(puller, uri, previous=report.result_id)
    assert again.kind == "unchanged" and again.result_id == report.result_id
    replace_text(puller, uri, 2, CLEAN_PROGRAM)
    changed = await pull(puller, uri, previous=report.result_id)
    assert changed.kind == "full" and list(changed.items) == []
    assert not any(p.uri == uri for p in puller.published), "a pulling client gets no pushes"
    close_document(puller, uri)


async def test_settings_change_asks_the_client_to_pull_again(puller: RecordingClient) -> None:
    folder: Path = puller.folder  # type: ignore[attr-defined]
    uri = open_document(puller, folder / "repull.py", LAMBDA_PROGRAM)
    first = await pull(puller, uri)
    assert [d.code for d in first.items] == ["PKL001"]
    refreshes = puller.diagnostic_refresh_count
    puller.set_configuration({"ignore": ["PKL001"]}, section="picklecheck")
    puller.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
    await eventually(lambda: puller.diagnostic_refresh_count > refreshes, "diagnostic refresh")
    second = await pull(puller, uri, previous=first.result_id)
    assert second.kind == "full" and list(second.items) == []
    puller.set_configuration({}, section="picklecheck")
    puller.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={}))
    close_document(puller, uri)


async def test_rapid_edits_publish_only_the_latest_version(pusher: RecordingClient) -> None:
    """Twenty edits inside the debounce window: one analysis, of the last text."""
    folder: Path = pusher.folder  # type: ignore[attr-defined]
    uri = open_document(pusher, folder / "typing.py", CLEAN_PROGRAM)
    assert list((await published_for(pusher, uri, 1)).diagnostics) == []
    texts = {v: LAMBDA_PROGRAM if v % 2 else CLEAN_PROGRAM for v in range(2, 22)}
    for version, text in texts.items():
        replace_text(pusher, uri, version, text)
    last = await published_for(pusher, uri, 21)
    assert [d.code for d in last.diagnostics] == ["PKL001"]
    versions = [p.version for p in pusher.published if p.uri == uri]
    assert versions == [1, 21]
    close_document(pusher, uri)


async def test_result_of_a_superseded_version_is_never_published(pusher: RecordingClient) -> None:
    """Version 1 (a large file) is still being analysed when version 2 arrives: its result is
    dropped, and every push matches the text of the version it names."""
    folder: Path = pusher.folder  # type: ignore[attr-defined]
    big = large_program(200)
    uri = open_document(pusher, folder / "big.py", big)
    replace_text(pusher, uri, 2, CLEAN_PROGRAM)
    second = await published_for(pusher, uri, 2)
    assert list(second.diagnostics) == []
    replace_text(pusher, uri, 3, LAMBDA_PROGRAM)
    third = await published_for(pusher, uri, 3)
    assert [d.code for d in third.diagnostics] == ["PKL001"]
    assert [p.version for p in pusher.published if p.uri == uri] == [2, 3]
    close_document(pusher, uri)


def large_program(functions: int) -> str:
    """Many boundary calls with lambdas: slow enough to analyse that an edit overtakes it."""
    lines = ["import multiprocessing", ""]
    for n in range(functions):
        lines += [
            f"def job_{n}(pool):",
            f"    return pool.map(lambda x: x + {n}, range({n}))",
            "",
        ]
    return "\n".join(lines) + "\n"


async def test_hover_answers_while_another_file_is_analysed(pusher: RecordingClient) -> None:
    folder: Path = pusher.folder  # type: ignore[attr-defined]
    small = open_document(pusher, folder / "small.py", CLEAN_PROGRAM)
    await published_for(pusher, small, 1)
    big = open_document(pusher, folder / "slow.py", large_program(3000))
    started = time.monotonic()
    params = types.HoverParams(
        text_document=types.TextDocumentIdentifier(small),
        position=position_of(CLEAN_PROGRAM, "pool.map", 5),
    )
    hover = await answer(pusher.text_document_hover_async(params))
    hover_seconds = time.monotonic() - started
    assert hover is not None and "process boundary" in hover.contents.value
    assert not any(p.uri == big for p in pusher.published), "hover waited for the big file"
    await published_for(pusher, big, 1)
    analysis_seconds = time.monotonic() - started
    assert hover_seconds < analysis_seconds / 2
    close_document(pusher, big)
    close_document(pusher, small)
