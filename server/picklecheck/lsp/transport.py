"""The wire: reading JSON-RPC from stdin and applying document edits, hardened against hostile
or broken clients. Everything that reaches into pygls internals (pinned in pyproject) is here.

pygls 2.1's own reader dies on a `Content-Length` over 2**63, answers malformed JSON with an
"Error in server" pop-up instead of a JSON-RPC error, and never answers a request whose params
do not validate. Its document sync pops a KeyError for an unopened document, splits lines on
form feeds and other characters LSP does not count as line breaks, and converts positions one
character at a time in Python (seconds per keystroke on a 5 MB line). This module replaces the
read loop and the `didChange` handler; the rest of pygls is used as it is.
"""

from __future__ import annotations

import asyncio
import codecs
import itertools
import json
import logging
import re
import sys
import threading
from collections.abc import Generator
from concurrent.futures import Executor
from typing import Any, BinaryIO
from urllib.parse import unquote

from lsprotocol import types
from pygls.io_ import StdoutWriter
from pygls.protocol import LanguageServerProtocol, lsp_method

log = logging.getLogger(__name__)

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
INVALID_PARAMS = -32602
SERVER_NOT_INITIALIZED = -32002
# Larger bodies are dropped unread (the stream resynchronises on the next header): a 5 MB
# document is about 10 MB of JSON; nothing an editor sends comes near this.
MAX_BODY_BYTES = 256 * 1024 * 1024
MAX_HEADER_LINE_BYTES = 8192
_CONTENT_LENGTH = re.compile(rb"content-length:[ \t]*(\d{1,12})[ \t]*\r?\n?$", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class PicklecheckProtocol(LanguageServerProtocol):
    """pygls' LSP protocol with document sync that tolerates what editors get wrong."""

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
        self, params: types.DidChangeTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Applies the changes with LSP's own line breaks; a change to a document that is not
        open is logged and dropped (pygls raised KeyError, shown to the user)."""
        identifier = params.text_document
        document = self.workspace.text_documents.get(unquote(identifier.uri))
        if document is None:
            log.warning("didChange for %s, which is not open: ignored", identifier.uri)
            return
        encoding = str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)
        source = document.source
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                source = apply_change(source, change.range, change.text, encoding)
            else:
                source = change.text
        document._source = source  # pygls keeps the text here; nothing else caches it
        document.version = identifier.version
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None


def apply_change(source: str, where: types.Range, text: str, encoding: str) -> str:
    start = offset_at(source, where.start, encoding)
    end = offset_at(source, where.end, encoding)
    start, end = min(start, end), max(start, end)
    return source[:start] + text + source[end:]


def offset_at(source: str, position: types.Position, encoding: str) -> int:
    """Index into `source` of an LSP position; past the end of a line is its end, past the
    last line is the end of the text (as the specification says)."""
    if position.line == 0:
        line_start = 0
    else:
        breaks = itertools.islice(_LINE_BREAK.finditer(source), position.line - 1, None)
        found = next(breaks, None)
        if found is None:
            return len(source)
        line_start = found.end()
    line_break = _LINE_BREAK.search(source, line_start)
    line_end = line_break.start() if line_break else len(source)
    line = source[line_start:line_end]
    return line_start + code_points(line, position.character, encoding)


def code_points(line: str, units: int, encoding: str) -> int:
    """How many characters of `line` the first `units` code units of `encoding` cover
    (a position inside a character counts it, as pygls did), at C speed."""
    if encoding == types.PositionEncodingKind.Utf32 or line.isascii():
        return min(units, len(line))
    if encoding == types.PositionEncodingKind.Utf8:
        prefix = line[:units].encode("utf-8", "surrogatepass")[:units]
        whole = codecs.getincrementaldecoder("utf-8")("surrogatepass").decode(prefix)
        partial = len(whole.encode("utf-8", "surrogatepass")) < len(prefix)
        return len(whole) + partial
    encoded = line[:units].encode("utf-16-le", "surrogatepass")  # n characters >= n units
    return len(encoded[: 2 * units].decode("utf-16-le", "surrogatepass"))


# --- the read loop ---------------------------------------------------------------------------


class _Reader:
    """Blocking reads of stdin in a worker thread, never unbounded."""

    def __init__(self, stdin: BinaryIO, executor: Executor) -> None:
        self.stdin, self.executor = stdin, executor

    async def readline(self) -> bytes:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, self.stdin.readline, MAX_HEADER_LINE_BYTES)

    async def read(self, size: int) -> bytes:
        return await asyncio.get_running_loop().run_in_executor(
            self.executor, self.stdin.read, size
        )


def serve_stdio(
    protocol: LanguageServerProtocol, executor: Executor, stop: threading.Event
) -> None:
    """Run the server on stdin/stdout until the client closes stdin or exits it."""
    protocol.set_writer(StdoutWriter(sys.stdout.buffer))
    try:
        asyncio.run(read_messages(_Reader(sys.stdin.buffer, executor), protocol, stop))
    except BrokenPipeError:
        log.error("the client closed the connection")
    except (KeyboardInterrupt, SystemExit):
        pass


async def read_messages(
    reader: _Reader, protocol: LanguageServerProtocol, stop: threading.Event
) -> None:
    """Headers, then a body of `Content-Length` bytes, forever. Anything that is not a header
    is skipped, and a header is recognised at the end of any line, so after garbage the
    stream picks up again at the next message."""
    length: int | None = None
    while not stop.is_set():
        line = await reader.readline()
        if not line:
            return
        header = _CONTENT_LENGTH.search(line)
        if header is not None:
            length = int(header.group(1))
            if length > MAX_BODY_BYTES:
                log.error("dropped a message of %d bytes (at most %d)", length, MAX_BODY_BYTES)
                length = None
            continue
        if line.strip() or length is None:
            continue  # another header (Content-Type), or a blank line with no body announced
        body = await reader.read(length)
        if len(body) < length:
            return  # the client closed stdin in the middle of a message
        length = None
        dispatch(protocol, body)


def dispatch(protocol: LanguageServerProtocol, body: bytes) -> None:
    """One message body: malformed ones are answered with a JSON-RPC error, never raised."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError, MemoryError):
        reply_error(protocol, None, PARSE_ERROR, "Parse error: the body is not valid JSON")
        return
    if not isinstance(data, dict):
        reply_error(protocol, None, INVALID_REQUEST, "Invalid request: not a JSON object")
        return
    message_id = data.get("id")
    if message_id is not None and not _valid_id(message_id):
        reply_error(protocol, None, INVALID_REQUEST, "Invalid request: bad id")
        return
    method = data.get("method")
    is_request = isinstance(method, str) and "id" in data
    problem = _envelope_problem(data, protocol)
    if problem is not None:
        code, message = problem
        if "id" in data:
            reply_error(protocol, message_id, code, message)
        else:
            log.warning("dropped a message: %s", message)
        return
    try:
        message = protocol.structure_message(data)
    except Exception:  # pygls raises its own errors for params that do not validate
        if is_request:
            reply_error(protocol, message_id, INVALID_PARAMS, f"Invalid params for {method}")
        else:
            log.warning("dropped a message with invalid params: %s", method)
        return
    if is_request and not hasattr(message, "id"):  # e.g. `initialized` sent with an id
        reply_error(protocol, message_id, INVALID_REQUEST, f"{method} is a notification")
        return
    try:
        protocol.handle_message(message)
    except Exception:
        log.exception("handling %s failed", method)
        if is_request:
            reply_error(protocol, message_id, -32603, f"Internal error handling {method}")


def _envelope_problem(
    data: dict[str, Any], protocol: LanguageServerProtocol
) -> tuple[int, str] | None:
    """What is wrong with a message before its params are looked at, or None."""
    if data.get("jsonrpc") != "2.0":
        return INVALID_REQUEST, 'Invalid request: jsonrpc must be "2.0"'
    method = data.get("method")
    if "method" in data and not isinstance(method, str):
        return INVALID_REQUEST, "Invalid request: method must be a string"
    if "method" not in data and "result" not in data and "error" not in data:
        return INVALID_REQUEST, "Invalid request: no method"
    initialised = getattr(protocol, "_workspace", None) is not None
    if "method" in data and "id" in data:
        if protocol._shutdown and method != types.EXIT:
            return INVALID_REQUEST, "Invalid request: the server is shutting down"
        if not initialised and method != types.INITIALIZE:
            return SERVER_NOT_INITIALIZED, "Server not initialized"
    elif "method" in data and not initialised and method not in (types.INITIALIZE, types.EXIT):
        return INVALID_REQUEST, "notification before initialize"
    return None


def _valid_id(value: object) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def reply_error(
    protocol: LanguageServerProtocol, message_id: object, code: int, message: str
) -> None:
    error = {"code": code, "message": message}
    protocol._send_data({"jsonrpc": "2.0", "id": message_id, "error": error})
