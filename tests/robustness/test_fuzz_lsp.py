"""Hypothesis fuzzing of the real language server over stdio (pytest-lsp's client).

Random edit sequences (full and incremental changes, out-of-range and reversed ranges,
out-of-order versions, invalid text, CRLF, tabs, very long lines, hovers anywhere) are sent to
one server, with hovers, code actions and saves in between; afterwards it must still be alive,
have sent nothing malformed or any error message, and still analyse a real program, answer a
hover on its process boundary and offer a quick fix.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((REPO / "docs" / "rule_examples").glob("PKL*.py"))
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "picklecheck", "serve"])
ANSWER_SECONDS = 60.0
T = TypeVar("T")


@dataclass
class Harness:
    loop: asyncio.AbstractEventLoop
    client: LanguageClient
    folder: Path
    names: Iterator[int]

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(work, ANSWER_SECONDS))

    def new_uri(self) -> str:
        return (self.folder / f"fuzzed_{next(self.names)}.py").as_uri()


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    folder = tmp_path_factory.mktemp("lsp-fuzz")
    loop = asyncio.new_event_loop()
    client = loop.run_until_complete(SERVER.start())
    assert isinstance(client, LanguageClient)
    workspace = types.WorkspaceFolder(uri=folder.as_uri(), name="fuzz")
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), workspace_folders=[workspace]
    )
    loop.run_until_complete(client.initialize_session(params))
    yield Harness(loop, client, folder, itertools.count())
    loop.run_until_complete(client.shutdown_session())
    loop.run_until_complete(client.stop())
    loop.close()


# --- actions ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplaceAll:
    text: str


@dataclass(frozen=True)
class Splice:
    start: tuple[int, int]
    end: tuple[int, int]
    text: str


@dataclass(frozen=True)
class Hover:
    line: int
    character: int


@dataclass(frozen=True)
class SkipVersions:
    by: int  # negative: the next change carries an older version than the last one


@dataclass(frozen=True)
class CodeActions:
    """Ask for quick fixes and fix-all over a range, echoing the diagnostics last published
    for the document (possibly for an older version, as a real client may)."""

    start: tuple[int, int]
    end: tuple[int, int]


@dataclass(frozen=True)
class Save:
    pass


@dataclass(frozen=True)
class Reopen:
    """Close the document (an analysis may be pending) and open it again with new text."""

    text: str


@dataclass(frozen=True)
class Stray:
    """Hover, ask for code actions and close a document the client never opened. (A change to
    one is left out: pygls's own didChange handler raises KeyError for it, a client bug the
    spec rules out anyway.)"""


@dataclass(frozen=True)
class Configure:
    """New `picklecheck` settings, pulled by the server (workspace/configuration) and pushed
    (didChangeConfiguration): values of the wrong type or unknown must be dropped, not crash."""

    settings: dict[str, object]


EXAMPLE_TEXT = st.sampled_from(EXAMPLES).map(lambda path: path.read_text())
INVALID_UTF8 = st.binary(max_size=200).map(lambda data: data.decode("utf-8", "surrogateescape"))
TEXT = st.one_of(
    EXAMPLE_TEXT,
    EXAMPLE_TEXT.map(lambda text: text.replace("\n", "\r\n")),
    EXAMPLE_TEXT.map(lambda text: text.replace("    ", "\t")),
    st.text(max_size=300),
    INVALID_UTF8,
    st.integers(5_000, 50_000).map(lambda width: "x = [" + "1, " * width + "]\n"),
    st.sampled_from(["", "\n", "\r", "\r\n", "\x00", "\ufeff", "lambda:", "(((", '"""']),
)
POSITION = st.tuples(st.integers(0, 40), st.integers(0, 120))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
PLAUSIBLE = st.sampled_from(
    ["3.12", "3", "2.7", "banana", "fork", "spawn", "auto", "linux", "beos", "PKL001", "PKL999"]
) | st.sampled_from(["lambda-crosses-process-boundary", "error", "info", "off", ""])
# Every setting but `interpreter`, which the server runs to probe it: fuzzing it would execute
# arbitrary programs.
SETTING_NAMES = ["enable", "targetVersion", "startMethod", "platforms", "select", "ignore"]
SETTINGS = st.dictionaries(
    st.sampled_from([*SETTING_NAMES, "severity", "unknownSetting"]),
    JSON | PLAUSIBLE | st.lists(PLAUSIBLE, max_size=3) | st.dictionaries(PLAUSIBLE, PLAUSIBLE),
    max_size=4,
)
ACTION = st.one_of(
    st.builds(ReplaceAll, TEXT),
    st.builds(Splice, POSITION, POSITION, TEXT),
    st.builds(Hover, st.integers(0, 40), st.integers(0, 200)),
    st.builds(SkipVersions, st.integers(-3, 3)),
    st.builds(CodeActions, POSITION, POSITION),
    st.just(Save()),
    st.builds(Configure, SETTINGS),
    st.builds(Reopen, TEXT),
    st.just(Stray()),
)
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass
class Document:
    uri: str
    version: int = 1


async def play(client: LanguageClient, document: Document, actions: list[object]) -> None:
    open_document(client, document.uri, EXAMPLES[0].read_text())
    for action in actions:
        await perform(client, document, action)
    # A request after the burst: answered only once the server has read everything before it.
    await hover(client, document.uri, 0, 0)
    close(client, document.uri)


def open_document(client: LanguageClient, uri: str, text: str) -> None:
    item = types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))


def close(client: LanguageClient, uri: str) -> None:
    identifier = types.TextDocumentIdentifier(uri=uri)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=identifier))


async def stray(client: LanguageClient, uri: str) -> None:
    await hover(client, uri, 0, 0)
    await code_actions(client, uri, to_range((0, 0), (1, 0)))
    close(client, uri)


async def perform(client: LanguageClient, document: Document, action: object) -> None:
    if isinstance(action, Hover):
        await hover(client, document.uri, action.line, action.character)
    elif isinstance(action, SkipVersions):
        document.version += action.by
    elif isinstance(action, CodeActions):
        await code_actions(client, document.uri, to_range(action.start, action.end))
    elif isinstance(action, Save):
        identifier = types.TextDocumentIdentifier(uri=document.uri)
        client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=identifier))
    elif isinstance(action, Configure):
        configure(client, action.settings)
    elif isinstance(action, Reopen):
        close(client, document.uri)
        document.version = 1
        open_document(client, document.uri, action.text)
    elif isinstance(action, Stray):
        await stray(client, document.uri.replace(".py", "_never_opened.py"))
    elif isinstance(action, ReplaceAll | Splice):
        document.version += 1
        identifier = types.VersionedTextDocumentIdentifier(
            uri=document.uri, version=document.version
        )
        change = types.DidChangeTextDocumentParams(
            text_document=identifier, content_changes=[content_change(action)]
        )
        client.text_document_did_change(change)


def content_change(action: ReplaceAll | Splice) -> types.TextDocumentContentChangeEvent:
    if isinstance(action, ReplaceAll):
        return types.TextDocumentContentChangeWholeDocument(text=action.text)
    return types.TextDocumentContentChangePartial(
        range=to_range(action.start, action.end), text=action.text
    )


def configure(client: LanguageClient, settings: dict[str, object]) -> None:
    client.set_configuration(settings, section="picklecheck")
    pushed = types.DidChangeConfigurationParams(settings={"picklecheck": settings})
    client.workspace_did_change_configuration(pushed)


def to_range(start: tuple[int, int], end: tuple[int, int]) -> types.Range:
    return types.Range(
        start=types.Position(line=start[0], character=start[1]),
        end=types.Position(line=end[0], character=end[1]),
    )


async def code_actions(
    client: LanguageClient, uri: str, span: types.Range
) -> list[types.Command | types.CodeAction] | None:
    context = types.CodeActionContext(diagnostics=list(client.diagnostics.get(uri, [])))
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=span, context=context
    )
    return await client.text_document_code_action_async(params)


async def hover(client: LanguageClient, uri: str, line: int, character: int) -> types.Hover | None:
    params = types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=line, character=character),
    )
    return await client.text_document_hover_async(params)


# --- the test -------------------------------------------------------------------------------


def test_random_edit_sequences_leave_the_server_answering(harness: Harness) -> None:
    @FUZZ
    @given(actions=st.lists(ACTION, min_size=1, max_size=12))
    def random_session(actions: list[object]) -> None:
        seen = len(harness.client.messages)
        harness.run(play(harness.client, Document(harness.new_uri()), actions))
        assert error_messages(harness.client, since=seen) == []

    random_session()
    configure(harness.client, {})  # back to the defaults before checking it still works
    assert_server_healthy(harness.client)
    harness.run(assert_still_analyses(harness))


def assert_server_healthy(client: LanguageClient) -> None:
    server = client._server
    assert server is not None and server.returncode is None, "the server exited"
    assert client.error is None, f"malformed traffic from the server: {client.error}"
    assert error_messages(client, since=0) == []


def error_messages(client: LanguageClient, since: int) -> list[str]:
    """`window/showMessage` errors: pygls reports exceptions escaping a notification handler
    this way (a failing request gets an error response instead, which raises in `hover`)."""
    shown = client.messages[since:]
    return [m.message for m in shown if m.type == types.MessageType.Error]


async def assert_still_analyses(harness: Harness) -> None:
    """A real bad program opened after the fuzzing gets its finding and its hover."""
    client, uri = harness.client, harness.new_uri()
    source = (REPO / "docs" / "rule_examples" / "PKL001_bad.py").read_text()
    item = types.TextDocumentItem(uri=uri, language_id="python", version=1, text=source)
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=item))
    codes = await diagnostic_codes(client, uri)
    assert "PKL001" in codes
    line = next(n for n, text in enumerate(source.splitlines()) if "pool.map(" in text)
    character = source.splitlines()[line].index("pool.map(") + len("pool.")
    assert await hover(client, uri, line, character) is not None
    [diagnostic] = [d for d in client.diagnostics[uri] if d.code == "PKL001"]
    assert await code_actions(client, uri, diagnostic.range), "no quick fix offered"


async def diagnostic_codes(client: LanguageClient, uri: str) -> list[str]:
    deadline = time.monotonic() + ANSWER_SECONDS
    while uri not in client.diagnostics or not client.diagnostics[uri]:
        assert time.monotonic() < deadline, "no diagnostics for the program"
        await asyncio.sleep(0.05)
    return [str(d.code) for d in client.diagnostics[uri]]
