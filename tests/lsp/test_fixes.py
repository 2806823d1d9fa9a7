"""Quick fixes and fix-all through the server: the edited program has no findings and, run
under spawn and fork, prints what the hand-written correct program prints."""

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
    published_for,
    replace_text,
)
from tests.runtime.runner import run_program

pytestmark = pytest.mark.asyncio(loop_scope="module")

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()
EXPECTED_OUTPUT = "[2, 4, 6]\n"
TWO_LAMBDAS = """\
import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(lambda n: n * 2, [1, 2, 3]))
        print(pool.map(lambda n: n + 1, [1, 2, 3]))
"""


client = client_fixture("lsp-fixes")


def run_under(method: str, program: Path) -> str:
    result = run_program(program, method)
    assert result.outcome == "ok", result.stderr
    return result.stdout


async def code_actions(
    client: RecordingClient,
    uri: str,
    diagnostics: list[types.Diagnostic],
    only: list[str] | None = None,
) -> list[types.CodeAction]:
    whole = types.Range(types.Position(0, 0), types.Position(0, 0))
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri),
        range=diagnostics[0].range if diagnostics else whole,
        context=types.CodeActionContext(diagnostics=diagnostics, only=only),
    )
    return list(await answer(client.text_document_code_action_async(params)) or [])


async def test_lift_lambda_quick_fix_makes_the_program_run(client: RecordingClient) -> None:
    folder: Path = client.folder
    path = folder / "lift.py"
    uri = open_document(client, path, LAMBDA_PROGRAM)
    assert run_program(path, "spawn").outcome == "error"
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    actions = await code_actions(client, uri, [diagnostic])
    titles = [a.title for a in actions]
    assert titles[-1] == "Suppress PKL001 on this line"
    lift = actions[0]
    assert lift.title.startswith("Lift the lambda") and lift.is_preferred
    fixed = apply_text_edits(LAMBDA_PROGRAM, list(lift.edit.changes[uri]))
    replace_text(client, uri, 2, fixed)
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    path.write_text(fixed)
    for method in ("spawn", "fork"):
        assert run_under(method, path) == EXPECTED_OUTPUT
    close_document(client, uri)


async def test_fix_all_applies_every_safe_fix(client: RecordingClient) -> None:
    folder: Path = client.folder
    path = folder / "fix_all.py"
    uri = open_document(client, path, TWO_LAMBDAS)
    assert run_program(path, "fork").outcome == "error"
    published = await published_for(client, uri, 1)
    assert [d.code for d in published.diagnostics] == ["PKL001", "PKL001"]
    actions = await code_actions(client, uri, [], only=[types.CodeActionKind.SourceFixAll])
    (fix_all,) = actions
    assert fix_all.kind == "source.fixAll.picklecheck"
    fixed = apply_text_edits(TWO_LAMBDAS, list(fix_all.edit.changes[uri]))
    replace_text(client, uri, 2, fixed)
    assert list((await published_for(client, uri, 2)).diagnostics) == []
    path.write_text(fixed)
    for method in ("spawn", "fork"):
        assert run_under(method, path) == "[2, 4, 6]\n[2, 3, 4]\n"
    nothing_left = await code_actions(client, uri, [], only=[types.CodeActionKind.SourceFixAll])
    assert nothing_left == []
    close_document(client, uri)


async def test_fixes_from_an_older_version_are_not_offered(client: RecordingClient) -> None:
    folder: Path = client.folder
    uri = open_document(client, folder / "stale.py", LAMBDA_PROGRAM)
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    shifted = "# a new first line\n" + LAMBDA_PROGRAM
    replace_text(client, uri, 2, shifted)
    await published_for(client, uri, 2)
    titles = [a.title for a in await code_actions(client, uri, [diagnostic])]
    assert titles == ["Suppress PKL001 on this line"]
    close_document(client, uri)


IN_MEMORY_STORE = """\
import multiprocessing
import sqlite3


class Store:
    def __init__(self):
        self.connection = sqlite3.connect(":memory:")

    def count(self):
        return self.connection.execute("select 1").fetchone()[0]


def count(store):
    return store.count()


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        print(pool.map(count, [Store()]))
"""


async def test_withheld_getstate_fix_is_explained_in_the_hover(client: RecordingClient) -> None:
    folder: Path = client.folder  # type: ignore[attr-defined]
    uri = open_document(client, folder / "memory_store.py", IN_MEMORY_STORE)
    (diagnostic,) = (await published_for(client, uri, 1)).diagnostics
    titles = [a.title for a in await code_actions(client, uri, [diagnostic])]
    assert not [t for t in titles if "__getstate__" in t]
    params = types.HoverParams(types.TextDocumentIdentifier(uri), diagnostic.range.start)
    hover = await answer(client.text_document_hover_async(params))
    assert hover is not None
    assert "No `__getstate__` fix: `connection` is a sqlite connection to an in-memory" in (
        hover.contents.value
    )
    close_document(client, uri)
