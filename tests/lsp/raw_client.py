"""A hand-written JSON-RPC client over the real server's stdio, for what pytest-lsp cannot send:
broken framing, malformed JSON, invalid params. It records every message the server sends.

The server runs in its own process group, killed as a whole when the client closes.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

WAIT_SECONDS = 30.0


class RawClient:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process = subprocess.Popen(
            [sys.executable, "-m", "picklecheck", "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=folder,
            start_new_session=True,
        )
        self.received: list[dict[str, Any]] = []
        self.responses: dict[Any, dict[str, Any]] = {}
        self.arrived: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # --- sending --------------------------------------------------------------------------

    def send_bytes(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send_body(self, body: bytes) -> None:
        self.send_bytes(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def send(self, message: dict[str, Any]) -> None:
        self.send_body(json.dumps(message).encode())

    def notify(self, method: str, params: Any) -> None:
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def request(self, method: str, params: Any) -> dict[str, Any]:
        """Sends a request and waits for its response (result or error)."""
        message_id = self.request_id()
        self.send({"jsonrpc": "2.0", "id": message_id, "method": method, "params": params})
        return self.response(message_id)

    # --- receiving ------------------------------------------------------------------------

    def response(self, message_id: Any, seconds: float = WAIT_SECONDS) -> dict[str, Any]:
        return self.wait_for(lambda m: "method" not in m and m.get("id") == message_id, seconds)

    def wait_for(self, wanted: Any, seconds: float = WAIT_SECONDS) -> dict[str, Any]:
        """The first message `wanted(message)` accepts, received before or within `seconds`
        of silence (each message the server sends restarts the wait)."""
        for message in list(self.received):
            if wanted(message):
                return message
        while True:
            try:
                message = self.arrived.get(timeout=seconds)
            except queue.Empty:
                alive = self.process.poll() is None
                raise AssertionError(f"no such message; server alive: {alive}") from None
            if wanted(message):
                return message

    def pop_ups(self) -> list[dict[str, Any]]:
        return [m for m in self.received if m.get("method") == "window/showMessage"]

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
                elif line in (b"\r\n", b"\n") and length is not None:
                    break
            message = json.loads(stream.read(length))
            self.received.append(message)
            if "method" in message and "id" in message:
                self._answer_server_request(message)
            self.arrived.put(message)

    def _answer_server_request(self, message: dict[str, Any]) -> None:
        """workspace/configuration gets empty settings; anything else a null result."""
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [{} for _ in message["params"]["items"]]
        self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    # --- session --------------------------------------------------------------------------

    def initialize(self) -> None:
        uri = self.folder.as_uri()
        capabilities = {"workspace": {"configuration": True}, "window": {}}
        reply = self.request(
            "initialize",
            {"processId": None, "rootUri": uri, "capabilities": capabilities},
        )
        assert "result" in reply, reply
        self.notify("initialized", {})

    def alive(self) -> bool:
        """The server still answers a request."""
        reply = self.request("shutdown-probe/unknown", None)
        return reply.get("error", {}).get("code") == -32601

    def close(self) -> None:
        try:
            if self.process.poll() is None:
                message_id = self.request_id()
                self.send({"jsonrpc": "2.0", "id": message_id, "method": "shutdown"})
                self.response(message_id, 5.0)
                self.notify("exit", None)
                self.process.wait(5.0)
        except (AssertionError, OSError, subprocess.TimeoutExpired):
            pass
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            for pipe in (self.process.stdin, self.process.stdout):
                if pipe is not None:
                    pipe.close()
            deadline = time.monotonic() + 5.0
            while self.reader.is_alive() and time.monotonic() < deadline:
                self.reader.join(0.1)
