"""Push diagnostics, hover and code actions as VS Code and Neovim (their shipped capabilities)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from tests.lsp.harness import (
    EXAMPLES,
    RecordingClient,
    answer,
    apply_text_edits,
    client_fixture,
    close_document,
    open_document,
    position_of,
    published_for,
    replace_text,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()
CLEAN_PROGRAM = (EXAMPLES / "PKL001_good.py").read_text()
OPEN_FILE_PROGRAM = """\
import multiprocessing


def work(handle):
    return handle.read()


if __name__ == "__main__":
    log = open(__file__)
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(work, (log,)))
"""


client = client_fixture("lsp")


def folder_of(client: RecordingClient) -> Path:
    folder: Path = client.folder
    return folder


async def test_lambda_diagnostic_has_exact_range_code_link_and_chain(
    client: RecordingClient,
) -> None:
    uri = open_document(client, folder_of(client) / "lambda_map.py", LAMBDA_PROGRAM)
    published = await published_for(client, uri, 1)
    (diagnostic,) = published.diagnostics
    start = position_of(LAMBDA_PROGRAM, "lambda n")
    end = position_of(LAMBDA_PROGRAM, ", [1, 2, 3]")
    assert diagnostic.range == types.Range(start, end)
    assert diagnostic.code == "PKL001"
    assert diagnostic.source == "picklecheck"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.code_description is not None
    assert diagnostic.code_description.href.endswith("/docs/rules/PKL001.md")
    assert "Can't pickle" in diagnostic.message
    related = diagnostic.related_information or []
    assert [r.message for r in related] == [
        "pickled by Pool.map as the worker function",
        "the lambda is defined here",
    ]
    assert all(r.location.uri == uri and r.location.range == diagnostic.range for r in related)
    assert diagnostic.data["version"] == 1 and diagnostic.data["code"] == "PKL001"
    close_document(client, uri)


async def test_clean_program_gets_empty_diagnostics(client: RecordingClient) -> None:
    uri = open_document(client, folder_of(client) / "clean.py", CLEAN_PROGRAM)
    published = await published_for(client, uri, 1)
    assert list(published.diagnostics) == []
    close_document(client, uri)


async def test_hover_on_flagged_argument_explains_failure_and_fix(
    client: RecordingClient,
) -> None:
    uri = open_document(client, folder_of(client) / "open_file.py", OPEN_FILE_PROGRAM)
    published = await published_for(client, uri, 1)
    assert [d.code for d in published.diagnostics] == ["PKL004"]
    params = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri),
        position=position_of(OPEN_FILE_PROGRAM, "(log,)", 2),
    )
    hover = await answer(client.text_document_hover_async(params))
    assert hover is not None and hover.contents.kind == types.MarkupKind.Markdown
    text = hover.contents.value
    assert "PKL004" in text
    assert "cannot pickle '_io.TextIOWrapper' object" in text
    assert "**Fails under:**" in text and "**Python:**" in text
    assert "**Why:**" in text and "open(" in text.lower()
    assert "**Fix:**" in text
    assert hover.range == published.diagnostics[0].range
    close_document(client, uri)


async def test_hover_on_boundary_call_lists_what_it_pickles(client: RecordingClient) -> None:
    uri = open_document(client, folder_of(client) / "boundary.py", CLEAN_PROGRAM)
    await published_for(client, uri, 1)
    params = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri),
        position=position_of(CLEAN_PROGRAM, "pool.map", 5),
    )
    hover = await answer(client.text_document_hover_async(params))
    assert hover is not None
    text = hover.contents.value
    assert "process boundary" in text and "Pool.map" in text
    assert "- the worker function" in text and "- each task item" in text
    close_document(client, uri)


async def test_no_hover_away_from_boundaries(client: RecordingClient) -> None:
    uri = open_document(client, folder_of(client) / "nohover.py", CLEAN_PROGRAM)
    await published_for(client, uri, 1)
    params = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri), position=types.Position(0, 0)
    )
    assert await answer(client.text_document_hover_async(params)) is None
    close_document(client, uri)


async def test_suppress_action_edits_the_flagged_line(client: RecordingClient) -> None:
    uri = open_document(client, folder_of(client) / "suppress.py", LAMBDA_PROGRAM)
    published = await published_for(client, uri, 1)
    (diagnostic,) = published.diagnostics
    actions = await answer(
        client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri),
                range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic]),
            )
        )
    )
    suppress = next(a for a in actions if a.title == "Suppress PKL001 on this line")
    assert suppress.kind == types.CodeActionKind.QuickFix
    (edit,) = suppress.edit.changes[uri]
    line = diagnostic.range.start.line
    assert edit.range.start.line == line and edit.new_text == "  # picklecheck: ignore[PKL001]"
    fixed = apply_edit(LAMBDA_PROGRAM, edit)
    assert fixed.splitlines()[line].endswith("[1, 2, 3]))  # picklecheck: ignore[PKL001]")
    replace_text(client, uri, 2, fixed)
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    close_document(client, uri)


async def test_syntax_error_clears_old_diagnostics_and_recovers(client: RecordingClient) -> None:
    uri = open_document(client, folder_of(client) / "broken.py", LAMBDA_PROGRAM)
    assert len((await published_for(client, uri, 1)).diagnostics) == 1
    replace_text(client, uri, 2, LAMBDA_PROGRAM.replace("pool.map(", "pool.map((", 1))
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    replace_text(client, uri, 3, LAMBDA_PROGRAM)
    assert len((await published_for(client, uri, 3)).diagnostics) == 1
    close_document(client, uri)


async def test_garbage_text_never_breaks_the_server(client: RecordingClient) -> None:
    garbage = "\x00\ufeff def (((\n\t\r\n" + "lambda:" * 2000 + "\udcff" + "[" * 500
    uri = open_document(client, folder_of(client) / "garbage.py", LAMBDA_PROGRAM)
    await published_for(client, uri, 1)
    replace_text(client, uri, 2, garbage)
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    replace_text(client, uri, 3, LAMBDA_PROGRAM)
    assert [d.code for d in (await published_for(client, uri, 3)).diagnostics] == ["PKL001"]
    errors = [m for m in client.messages if m.type == types.MessageType.Error]
    assert errors == []
    close_document(client, uri)


def apply_edit(text: str, edit: types.TextEdit) -> str:
    """Apply one single-line edit given in UTF-16 units (ASCII test texts)."""
    lines = text.split("\n")
    start, end = edit.range.start, edit.range.end
    assert start.line == end.line
    line = lines[start.line]
    lines[start.line] = line[: start.character] + edit.new_text + line[end.character :]
    return "\n".join(lines)


async def test_crlf_document_gets_the_same_ranges_and_a_working_suppression(
    client: RecordingClient,
) -> None:
    crlf = LAMBDA_PROGRAM.replace("\n", "\r\n")
    uri = open_document(client, folder_of(client) / "windows.py", crlf)
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    start = position_of(LAMBDA_PROGRAM, "lambda n")
    assert diagnostic.range.start == start
    actions = await answer(
        client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri),
                range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic]),
            )
        )
    )
    suppress = next(a for a in actions if a.title == "Suppress PKL001 on this line")
    (edit,) = suppress.edit.changes[uri]
    assert edit.range.start.line == start.line
    fixed = apply_text_edits(crlf, [edit])
    assert fixed.count("\r\n") == crlf.count("\r\n") and "\n\n" not in fixed.replace("\r\n", "")
    replace_text(client, uri, 2, fixed)
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    close_document(client, uri)
