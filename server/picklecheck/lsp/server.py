"""The server factory: `create_server()` builds a server and registers every feature module.

State lives on the server instance (`session`, `scheduler`; lsp/state.py), never in module
globals, so a test or an embedding can run several servers in one process.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

from lsprotocol import types

from picklecheck.lsp import code_actions, configuration, diagnostics, hover, workspace
from picklecheck.lsp.state import PicklecheckServer

log = logging.getLogger(__name__)


def create_server() -> PicklecheckServer:
    server = PicklecheckServer()

    @server.feature(types.EXIT)
    def exit_now(*_: Any) -> None:
        # pygls would wait for its stdin reader thread, which blocks until the client closes
        # the pipe (seconds, or until the client kills us); nothing here needs cleaning up.
        sys.stdout.flush()
        os._exit(0 if getattr(server.protocol, "_shutdown", True) else 1)

    configuration.register(server)
    diagnostics.register(server)
    hover.register(server)
    code_actions.register(server)
    workspace.register(server)
    return server


def serve() -> None:
    """Run a server over stdio until the client exits it."""
    logging.basicConfig(level=logging.WARNING)
    server = create_server()
    # Building the standard-library modules every analysis reads overlaps the client's
    # start-up and handshake instead of delaying the first document's diagnostics.
    server.scheduler.start_warming_up()
    server.start_io()
