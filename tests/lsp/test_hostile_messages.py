"""What a broken or hostile client sends: the server stays up, answers every request with a
result or a JSON-RPC error, and shows the user no pop-up. A raw client writes the bytes."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.lsp.harness import EXAMPLES
from tests.lsp.raw_client import RawClient

LAMBDA_PROGRAM = (EXAMPLES / "PKL001_bad.py").read_text()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[RawClient]:
    raw = RawClient(tmp_path)
    try:
        raw.initialize()
        yield raw
    finally:
        raw.close()


def open_program(client: RawClient, name: str, text: str = LAMBDA_PROGRAM) -> str:
    uri = (client.folder / name).as_uri()
    document = {"uri": uri, "languageId": "python", "version": 1, "text": text}
    client.notify("textDocument/didOpen", {"textDocument": document})
    client.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    return uri


def test_content_length_beyond_64_bits_does_not_kill_the_server(client: RawClient) -> None:
    client.send_bytes(b"Content-Length: %d\r\n\r\n{}" % (2**64 + 5))
    client.send_bytes(b"Content-Length: 99999999999999999999999999\r\n\r\n")
    assert client.alive()
    assert client.pop_ups() == []


def test_malformed_json_gets_a_parse_error_and_no_pop_up(client: RawClient) -> None:
    def parse_errors() -> list[dict[str, Any]]:
        return [m for m in client.received if m.get("error", {}).get("code") == -32700]

    bodies = (b"{not json", b"\xff\xfe\x00", b"[" * 100_000, b"")
    for number, body in enumerate(bodies, start=1):
        client.send_body(body)
        client.wait_for(lambda _message, number=number: len(parse_errors()) >= number)
    assert [reply["id"] for reply in parse_errors()] == [None] * len(bodies)
    assert client.alive()
    assert client.pop_ups() == []


@pytest.mark.parametrize("body", [b"[1, 2]", b"42", b'"text"', b"null", b"[]"])
def test_json_that_is_not_an_object_is_an_invalid_request(client: RawClient, body: bytes) -> None:
    client.send_body(body)
    reply = client.wait_for(lambda m: m.get("error", {}).get("code") == -32600)
    assert reply["id"] is None
    assert client.alive()
    assert client.pop_ups() == []


def test_broken_envelopes_are_answered_when_they_have_an_id(client: RawClient) -> None:
    broken = [
        {"jsonrpc": "1.0", "id": 901, "method": "textDocument/hover", "params": {}},
        {"jsonrpc": "2.0", "id": 902, "method": 17},
        {"jsonrpc": "2.0", "id": 903},
    ]
    for message in broken:
        client.send(message)
        assert client.response(message["id"])["error"]["code"] == -32600
    client.send({"jsonrpc": "2.0", "id": [1], "method": "textDocument/hover"})
    assert client.response(None)["error"]["code"] == -32600
    client.send({"jsonrpc": "2.0", "method": {"not": "a name"}})  # a notification: no answer
    assert client.alive()
    assert client.pop_ups() == []


def test_invalid_params_get_an_invalid_params_error(client: RawClient) -> None:
    uri = open_program(client, "main.py")
    document = {"uri": uri}
    for params in (
        {"textDocument": document, "position": {"line": -1, "character": 0}},
        {"textDocument": document, "position": {"line": 0, "character": -5}},
        {"textDocument": document, "position": {"line": 2**40, "character": 0}},
        {"textDocument": document},
        "nonsense",
    ):
        reply = client.request("textDocument/hover", params)
        assert reply["error"]["code"] == -32602, reply
    assert client.pop_ups() == []


def test_hover_and_code_actions_far_outside_the_text_answer_nothing(client: RawClient) -> None:
    uri = open_program(client, "main.py")
    far = {"line": 2**31 - 1, "character": 2**31 - 1}
    hover = client.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": far})
    assert hover["result"] is None
    params = {
        "textDocument": {"uri": uri},
        "range": {"start": far, "end": far},
        "context": {"diagnostics": []},
    }
    actions = client.request("textDocument/codeAction", params)
    assert "result" in actions and not actions["result"]
    assert client.pop_ups() == []


def test_change_to_an_unopened_document_is_ignored_quietly(client: RawClient) -> None:
    uri = (client.folder / "never_opened.py").as_uri()
    change = {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}
    params = {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{**change, "text": "x = 1\n"}, {"text": "whole"}],
    }
    client.notify("textDocument/didChange", params)
    hover = {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}
    assert client.request("textDocument/hover", hover)["result"] is None
    assert client.alive()
    assert client.pop_ups() == []


def test_requests_before_initialize_and_after_shutdown_are_answered(tmp_path: Path) -> None:
    raw = RawClient(tmp_path)
    try:
        hover = {"textDocument": {"uri": "file:///x.py"}, "position": {"line": 0, "character": 0}}
        assert raw.request("textDocument/hover", hover)["error"]["code"] == -32002
        raw.initialize()
        assert "result" in raw.request("shutdown", None)
        assert raw.request("textDocument/hover", hover)["error"]["code"] == -32600
        assert raw.pop_ups() == []
    finally:
        raw.close()


def test_a_fifo_named_like_python_does_not_block_check_workspace(client: RawClient) -> None:
    (client.folder / "program.py").write_text(LAMBDA_PROGRAM)
    os.mkfifo(client.folder / "pipe.py")
    params = {"command": "picklecheck.checkWorkspace", "arguments": []}
    reply = client.request("workspace/executeCommand", params)
    assert reply["result"]["findings"] == 1
    assert client.alive()


def test_incremental_edit_below_a_form_feed_lands_on_its_line(client: RawClient) -> None:
    text = (
        "# page\x0c break\nimport multiprocessing\n\nif __name__ == '__main__':\n"
        "    with multiprocessing.Pool(2) as pool:\n        print(pool.map(abs, [1, 2, 3]))\n"
    )
    uri = open_program(client, "paged.py", text)
    column = text.splitlines()[-1].index("abs")
    where = {"start": {"line": 5, "character": column}, "end": {"line": 5, "character": column + 3}}
    change = {"range": where, "text": "lambda n: n"}
    params = {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [change]}
    client.notify("textDocument/didChange", params)
    published = client.wait_for(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics" and m["params"]["version"] == 2
        )
    )
    (diagnostic,) = published["params"]["diagnostics"]
    assert diagnostic["code"] == "PKL001"
    assert diagnostic["range"]["start"] == {"line": 5, "character": column}
