"""The server factory: `create_server()` builds a server and registers every feature module.

State lives on the server instance (`session`, `scheduler`), never in module globals, so a test
or an embedding can run several servers in one process.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.workspace import TextDocument

from picklecheck._version import __version__
from picklecheck.engine.config import Config
from picklecheck.lsp import code_actions, diagnostics, hover, settings, workspace
from picklecheck.lsp.interpreter import InterpreterInfo
from picklecheck.lsp.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Session:
    """What the server knows about its client and the user's choices."""

    settings: Settings = field(default_factory=Settings)
    base_config: Config = field(default_factory=Config)
    interpreter: InterpreterInfo | None = None
    pull_mode: bool = False
    refresh_support: bool = False
    initialization_options: Any = None
    client_info: types.ClientInfo | None = None
    reported: set[str] = field(default_factory=set)
    checked_closed: set[str] = field(default_factory=set)  # closed files a workspace check pushed


class PicklecheckServer(LanguageServer):
    def __init__(self) -> None:
        sync = types.TextDocumentSyncKind.Incremental
        super().__init__("picklecheck", __version__, text_document_sync_kind=sync)
        self.session = Session()
        self.scheduler = diagnostics.Scheduler(self)

    def document(self, uri: str) -> TextDocument | None:
        """The open document, or None (never a fresh read from disk)."""
        if uri not in self.workspace.text_documents:
            return None
        return self.workspace.get_text_document(uri)

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


def create_server() -> PicklecheckServer:
    server = PicklecheckServer()

    @server.feature(types.EXIT)
    def exit_now(*_: Any) -> None:
        # pygls would wait for its stdin reader thread, which blocks until the client closes
        # the pipe (seconds, or until the client kills us); nothing here needs cleaning up.
        sys.stdout.flush()
        os._exit(0 if getattr(server.protocol, "_shutdown", True) else 1)

    settings.register(server)
    diagnostics.register(server)
    hover.register(server)
    code_actions.register(server)
    workspace.register(server)
    return server


def serve() -> None:
    """Run a server over stdio until the client exits it."""
    logging.basicConfig(level=logging.WARNING)
    create_server().start_io()
