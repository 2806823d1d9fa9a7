"""A seeded generator of hostile JSON-RPC traffic and edit sequences, and a run of it against the
real server over a raw stdio pipe (tests/lsp/raw_client.py).

Used by tests/lsp/test_fuzz_hostile.py (a short run in the suite) and bench/lsp_hostile_fuzz.py
(`--count 10000`). A run passes when the server is still alive, every request with a usable id
got a response (a result or a JSON-RPC error) and no `window/showMessage` was sent.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.lsp.raw_client import RawClient

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "docs" / "rule_examples").glob("*.py"))
PIECES = [
    "x", " ", "\n", "\r\n", "\r", "\t", "\x0c", "\u2028", "é", "😀", "\ufeff", "\x00", "(",
    ")", ":", "lambda y: y", "import multiprocessing\n", "pool.map(", "'", '"""', "\\",
    "    ", "def f():\n", "if __name__ == '__main__':\n", "\udc80",
]  # fmt: skip
METHODS = [
    "textDocument/hover", "textDocument/codeAction", "textDocument/diagnostic",
    "textDocument/completion", "workspace/executeCommand", "nonexistent/method", "",
    "$/cancelRequest", "textDocument/didOpen", "initialized", "workspace/didChangeConfiguration",
]  # fmt: skip


@dataclass
class Outcome:
    messages: int = 0
    requests: int = 0
    unanswered: list[Any] = field(default_factory=list)  # (id, method, params)
    pop_ups: list[dict[str, Any]] = field(default_factory=list)
    alive: bool = False
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.alive and not self.unanswered and not self.pop_ups


class Fuzzer:
    """One client's hostile session. `expected` holds the ids that must be answered."""

    def __init__(self, client: RawClient, seed: int) -> None:
        self.client = client
        self.random = random.Random(seed)
        self.open: dict[str, int] = {}  # uri -> last version sent
        self.expected: set[Any] = set()
        self.requests: dict[Any, tuple[str, Any]] = {}  # id -> (method, params), for reports
        self.names = 0
        self.sent = 0

    # --- pieces ---------------------------------------------------------------------------

    def text(self) -> str:
        if self.random.random() < 0.3:
            return self.random.choice(EXAMPLES).read_text()
        return "".join(self.random.choice(PIECES) for _ in range(self.random.randint(0, 40)))

    def number(self) -> Any:
        return self.random.choice(
            [0, 1, 2, 5, 40, -1, 2**31 - 1, 2**31, 2**53, 2**70, 1.5, None, "3", True]
        )

    def position(self) -> dict[str, Any]:
        if self.random.random() < 0.7:
            return {"line": self.random.randint(0, 30), "character": self.random.randint(0, 80)}
        return {"line": self.number(), "character": self.number()}

    def range(self) -> dict[str, Any]:
        return {"start": self.position(), "end": self.position()}

    def uri(self) -> str:
        if self.open and self.random.random() < 0.75:
            return self.random.choice(sorted(self.open))
        self.names += 1
        folder = self.client.folder
        name = self.random.choice(
            [f"f{self.names}.py", f"a b {self.names}.py", f"é+{self.names}.py"]
        )
        return self.random.choice([(folder / name).as_uri(), f"untitled:Untitled-{self.names}"])

    def junk(self) -> Any:
        return self.random.choice(
            [None, 1, "x", [], {}, [1, {"a": None}], {"textDocument": 5}, {"uri": None}, True]
        )

    # --- messages -------------------------------------------------------------------------

    def request(self, method: str, params: Any) -> None:
        message_id: Any = self.client.request_id()
        if self.random.random() < 0.2:
            message_id = f"id-{message_id}"
        self.expected.add(message_id)
        self.requests[message_id] = (method, params)
        self.client.send({"jsonrpc": "2.0", "id": message_id, "method": method, "params": params})

    def did_open(self) -> None:
        uri = self.uri()
        version = self.random.choice([1, 1, 0, 7, -3])
        document = {"uri": uri, "languageId": "python", "version": version, "text": self.text()}
        self.client.notify("textDocument/didOpen", {"textDocument": document})
        self.open[uri] = version

    def did_change(self) -> None:
        uri = self.uri()
        version = self.open.get(uri, 0) + self.random.choice([1, 1, 1, 0, -1, 5])
        changes: list[dict[str, Any]] = []
        for _ in range(self.random.randint(0, 4)):
            if self.random.random() < 0.85:
                changes.append({"range": self.range(), "text": self.text()})
            else:
                changes.append({"text": self.text()})
        params = {"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}
        self.client.notify("textDocument/didChange", params)
        if uri in self.open:
            self.open[uri] = version

    def did_close(self) -> None:
        uri = self.uri()
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        self.open.pop(uri, None)

    def did_save(self) -> None:
        self.client.notify("textDocument/didSave", {"textDocument": {"uri": self.uri()}})

    def hover(self) -> None:
        params = {"textDocument": {"uri": self.uri()}, "position": self.position()}
        self.request("textDocument/hover", params)

    def code_action(self) -> None:
        kinds = self.random.choice([None, ["quickfix"], ["source.fixAll.picklecheck"], ["x"]])
        context: dict[str, Any] = {"diagnostics": [], "only": kinds}
        if self.random.random() < 0.3:
            data = {"code": "PKL001", "span": [0, 0, 1, 1], "version": self.number()}
            diagnostic = {"range": self.range(), "message": "m", "data": data}
            context["diagnostics"] = [diagnostic]
        params = {"textDocument": {"uri": self.uri()}, "range": self.range(), "context": context}
        self.request("textDocument/codeAction", params)

    def odd_request(self) -> None:
        """A known or unknown method with params of any shape."""
        self.request(self.random.choice(METHODS), self.junk())

    def cancel(self) -> None:
        self.client.notify("$/cancelRequest", {"id": self.random.choice([*self.expected, 10**9])})

    def client_response(self) -> None:
        reply = self.random.choice([{"result": None}, {"error": {"code": 1, "message": "no"}}])
        self.client.send({"jsonrpc": "2.0", "id": self.random.randint(0, 10**6), **reply})

    def malformed(self) -> None:
        """Bodies that are not a valid message: answered with id null, or dropped."""
        body = self.random.choice(
            [
                b"{",
                b"",
                b"\xff\xfe garbage",
                b"[1, 2]",
                b"null",
                b"[" * self.random.randint(1, 50_000),
                json.dumps({"jsonrpc": "2.0", "id": [1], "method": "x"}).encode(),
                json.dumps({"jsonrpc": "2.0", "id": 1.5, "method": "x"}).encode(),
                json.dumps({"jsonrpc": "2.0", "method": 7}).encode(),
                json.dumps({"jsonrpc": "1.0", "method": "initialized"}).encode(),
                json.dumps({"id": 3}).encode(),
                bytes(self.random.randrange(256) for _ in range(self.random.randint(1, 64))),
            ]
        )
        self.client.send_body(body)

    def bad_framing(self) -> None:
        """Bytes outside any message: the reader must skip them and find the next header."""
        self.client.send_bytes(
            self.random.choice(
                [
                    b"\r\n",
                    b"garbage without a newline",
                    b"Content-Type: text/plain\r\n",
                    b"Content-Length: %d\r\n\r\n" % (2**64 + self.random.randint(0, 9)),
                    b"Content-Length: 999999999999999999999999\r\n\r\n",
                    b"X" * self.random.randint(1, 20_000) + b"\r\n",
                ]
            )
        )

    def step(self) -> None:
        actions: list[tuple[Callable[[], None], int]] = [
            (self.did_open, 8),
            (self.did_change, 30),
            (self.did_close, 4),
            (self.did_save, 3),
            (self.hover, 14),
            (self.code_action, 10),
            (self.odd_request, 8),
            (self.cancel, 3),
            (self.client_response, 2),
            (self.malformed, 10),
            (self.bad_framing, 4),
        ]
        functions, weights = zip(*actions, strict=True)
        self.random.choices(functions, weights)[0]()
        self.sent += 1


def run(folder: Path, count: int, seed: int = 0, quiet_seconds: float = 60.0) -> Outcome:
    """Send `count` hostile messages to a fresh server, then wait for every answer (each
    message the server sends restarts the `quiet_seconds` wait)."""
    started = time.monotonic()
    client = RawClient(folder)
    outcome = Outcome()
    try:
        client.initialize()
        fuzzer = Fuzzer(client, seed)
        for _ in range(count):
            fuzzer.step()
        outcome.messages, outcome.requests = fuzzer.sent, len(fuzzer.expected)
        missing = _wait_for_answers(client, fuzzer.expected, quiet_seconds)
        outcome.unanswered = [(key, *fuzzer.requests[key]) for key in missing]
        outcome.alive = client.process.poll() is None and client.alive()
        outcome.pop_ups = client.pop_ups()
    finally:
        client.close()
        outcome.seconds = time.monotonic() - started
    return outcome


def _wait_for_answers(client: RawClient, expected: set[Any], quiet_seconds: float) -> list[Any]:
    def answered() -> set[Any]:
        return {m.get("id") for m in client.received if "method" not in m}

    missing = expected - answered()
    last_count, quiet_since = len(client.received), time.monotonic()
    while missing and time.monotonic() - quiet_since < quiet_seconds:
        time.sleep(0.2)
        if len(client.received) != last_count:
            last_count, quiet_since = len(client.received), time.monotonic()
        missing = expected - answered()
    return sorted(missing, key=str)
