"""The server object every feature module registers on: its session and scheduler.

Feature modules import this, never `server.py` (the factory that imports them all), so the
modules form a DAG: session < scheduler < state < features < server.
"""

from __future__ import annotations

import threading
from typing import Any, BinaryIO
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from picklecheck._version import __version__
from picklecheck.lsp import transport
from picklecheck.lsp.scheduler import Scheduler
from picklecheck.lsp.session import Session


class PicklecheckServer(LanguageServer):
    def __init__(self) -> None:
        sync = types.TextDocumentSyncKind.Incremental
        super().__init__(
            "picklecheck",
            __version__,
            text_document_sync_kind=sync,
            protocol_cls=transport.PicklecheckProtocol,
        )
        self.session = Session()
        self.scheduler = Scheduler(self)

    def document(self, uri: str) -> TextDocument | None:
        """The open document, or None (never a fresh read from disk). Everything else keys
        documents by the URI exactly as the client sent it (and publishes under it); pygls
        keys them by the unquoted URI, so `file:///a%20b.py` is found under `file:///a b.py`."""
        if unquote(uri) not in self.workspace.text_documents:
            return None
        return self.workspace.get_text_document(uri)

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """pygls' stdio loop, hardened (lsp/transport.py); `stdin`/`stdout` are always ours."""
        self._stop_event = threading.Event()
        try:
            transport.serve_stdio(self.protocol, self.thread_pool, self._stop_event)
        finally:
            self.shutdown()  # type: ignore[no-untyped-call]

    def report_server_error(self, error: Exception, source: Any) -> None:
        """pygls shows every internal error as an "Error in server" pop-up; they go to the log,
        which is where a user looking for the cause would look. Requests still get their
        JSON-RPC error reply."""
        self.log(f"internal error ({source.__name__}): {error!r}", types.MessageType.Error)

    def publish(self, uri: str, items: list[types.Diagnostic], version: int | None) -> None:
        params = types.PublishDiagnosticsParams(uri=uri, diagnostics=items, version=version)
        self.text_document_publish_diagnostics(params)

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def warn_once(self, message: str) -> None:
        if message in self.session.reported:
            return
        self.session.reported.add(message)
        self.log(message, types.MessageType.Warning)
        shown = types.ShowMessageParams(
            type=types.MessageType.Warning, message=f"picklecheck: {message}"
        )
        self.window_show_message(shown)

    def report_crash(self, uri: str, trace: str) -> None:
        """An engine crash: logged with its traceback once per distinct error, never fatal."""
        signature = trace.strip().splitlines()[-1] if trace.strip() else "unknown error"
        if signature in self.session.reported:
            return
        self.session.reported.add(signature)
        self.log(f"analysis of {uri} failed:\n{trace}", types.MessageType.Error)
        self.window_show_message(
            types.ShowMessageParams(
                type=types.MessageType.Warning,
                message=f"picklecheck could not analyse a file ({signature}); see its log.",
            )
        )
