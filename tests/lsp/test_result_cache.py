"""The server's result cache: a file nothing has changed in gets its diagnostics from the
record the last server wrote, before the full analysis; any change that matters is a miss.

To tell a cached answer from a computed one, the test rewrites a stored message: a server that
shows the rewritten text read the record; the full analysis that follows shows the real one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from tests.lsp.harness import (
    HELPERS_LAMBDA,
    USES_HELPERS,
    RecordingClient,
    answer,
    eventually,
    open_document,
    position_of,
    started,
)

pytestmark = pytest.mark.asyncio

PROGRAM = USES_HELPERS
HELPERS_OTHER_LAMBDA = "double = lambda x: x + x\n"
MARK = "answered from the cache"


def records(cache: Path) -> list[Path]:
    return sorted(cache.glob("v*/*.json"))


def program_recorded(cache: Path) -> bool:
    """prog.py's record is written (the only one with findings)."""
    return any(json.loads(r.read_text())["report"]["findings"] for r in records(cache))


def rewrite_messages(cache: Path) -> None:
    """Every record (the workspace check at start stored helpers.py's too)."""
    rewritten = 0
    for record in records(cache):
        data = json.loads(record.read_text())
        for finding in data["report"]["findings"]:
            finding["message"] = MARK
            rewritten += 1
        record.write_text(json.dumps(data))
    assert rewritten


def messages(client: RecordingClient, uri: str) -> list[list[str]]:
    """The messages of every push for `uri`, in order."""
    return [[d.message for d in p.diagnostics] for p in client.published if p.uri == uri]


async def open_and_settle(
    folder: Path, cache: Path, settings: dict[str, Any] | None = None
) -> list[list[str]]:
    """Start a server, open the program, wait for the full analysis's push and, when the
    cache is on, for the record it writes; return every push's messages."""
    env = {"PICKLECHECK_CACHE_DIR": str(cache)}
    async with started(folder, settings=settings, env=env) as client:
        uri = open_document(client, folder / "prog.py")

        def full_analysis_pushed() -> bool:
            return any(m and MARK not in m for m in messages(client, uri))

        await eventually(full_analysis_pushed, "the full analysis's diagnostics")
        if (settings or {}).get("useResultCache", True):
            await eventually(lambda: program_recorded(cache), "prog.py's cache record")
        return messages(client, uri)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    folder, cache = tmp_path / "project", tmp_path / "cache"
    folder.mkdir()
    (folder / "prog.py").write_text(PROGRAM)
    (folder / "helpers.py").write_text(HELPERS_LAMBDA)
    return folder, cache


async def test_an_unchanged_file_is_answered_from_the_record_first(
    project: tuple[Path, Path],
) -> None:
    folder, cache = project
    first = await open_and_settle(folder, cache)
    assert first[0] and all(MARK not in m for m in first[0])  # nothing stored yet: computed
    rewrite_messages(cache)
    second = await open_and_settle(folder, cache)
    assert second[0] == [MARK]  # the record, before the analysis finished
    assert second[-1] == first[-1]  # then the full analysis's own result


async def test_a_changed_import_or_the_setting_off_is_never_answered_from_the_cache(
    project: tuple[Path, Path],
) -> None:
    folder, cache = project
    await open_and_settle(folder, cache)
    rewrite_messages(cache)
    off = await open_and_settle(folder, cache, settings={"useResultCache": False})
    assert off and all(MARK not in m for push in off for m in push)
    (folder / "helpers.py").write_text(HELPERS_OTHER_LAMBDA)  # the module the result read
    changed = await open_and_settle(folder, cache)
    assert changed and all(MARK not in m for push in changed for m in push)


async def test_hover_and_fixes_come_from_the_analysis_not_the_record(
    project: tuple[Path, Path],
) -> None:
    """A hover asked while only the cached diagnostics are in waits a moment for the full
    analysis; if that is not done yet (a loaded machine), it describes the record without any
    quick fix (fixes are verified from that analysis, never from scratch beside it). Once the
    analysis is in, hovers and code actions come from it, with its verified fixes."""
    folder, cache = project
    await open_and_settle(folder, cache)
    rewrite_messages(cache)
    env = {"PICKLECHECK_CACHE_DIR": str(cache)}
    async with started(folder, env=env) as client:
        uri = open_document(client, folder / "prog.py")
        await eventually(lambda: messages(client, uri), "the first diagnostics")
        position = position_of(PROGRAM, "pool.map(double", len("pool.map("))
        early = await hover_text(client, uri, position)
        assert ("lambda" in early and MARK not in early) or (
            MARK in early and "Quick fixes" not in early
        ), early

        def analysed() -> bool:
            return any(m and MARK not in m for m in messages(client, uri))

        await eventually(analysed, "the full analysis's diagnostics")
        later = await hover_text(client, uri, position)
        assert "lambda" in later and MARK not in later
        assert "Quick fixes" in later
        shown = [p for p in client.published if p.uri == uri][-1].diagnostics
        actions = await answer(
            client.text_document_code_action_async(
                types.CodeActionParams(
                    types.TextDocumentIdentifier(uri),
                    shown[0].range,
                    types.CodeActionContext(diagnostics=shown),
                )
            )
        )
        titles = {action.title for action in actions or []}
        offered = later.split("Quick fixes:\n", 1)[1].split("\n\n", 1)[0].splitlines()
        assert offered and {line.removeprefix("- ") for line in offered} <= titles, (later, titles)


async def hover_text(client: RecordingClient, uri: str, position: types.Position) -> str:
    hover = await answer(
        client.text_document_hover_async(
            types.HoverParams(types.TextDocumentIdentifier(uri), position)
        )
    )
    assert hover is not None
    return hover.contents.value if isinstance(hover.contents, types.MarkupContent) else ""
