"""LSP latencies of the real server over stdio, measured by a real LSP client (pygls).

    python bench/lsp_latency.py FILE [--edits N] [--hovers N] [--memory-edits N]

Starts `python -m picklecheck serve` beside FILE, opens it, and prints one JSON object:
- first diagnostics after didOpen (a fresh server with an empty result cache: the cold case),
  and again from a second fresh server once the first has recorded the file (cache kept),
- re-analysis after an edit: didChange of a `REVISION_<n> = <number>` line until the
  diagnostics for that version arrive (median, p90), once as typed (the server's debounce
  included) and once followed by didSave (analysed at once: the re-analysis cost itself),
- hover on a process-boundary call,
- server memory after the first 50 and after N random edits (typed in bursts of 10, each burst
  waiting for its diagnostics, as an editor with debouncing produces them).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import revision_lines
from measure import median, percentile, process_peak_rss_mb, process_rss_mb

WAIT_SECONDS = 60.0
NUMBER_WIDTH = 6  # REVISION values stay 6 digits: 100000..999999


@dataclass
class Published:
    """Diagnostics notifications seen so far, so a waiter can ask for a version."""

    events: list[tuple[float, int | None, int]] = field(default_factory=list)
    arrived: asyncio.Event = field(default_factory=asyncio.Event)

    def record(self, params: types.PublishDiagnosticsParams) -> None:
        self.events.append(
            (time.perf_counter(), params.version, len(params.diagnostics))
        )
        self.arrived.set()

    def find(self, version: int, since: float) -> tuple[float, int] | None:
        for at, published_version, count in self.events:
            if published_version is not None and published_version >= version:
                return at, count
            if published_version is None and at >= since:
                return at, count
        return None

    async def wait(self, version: int, since: float) -> tuple[float, int]:
        deadline = time.perf_counter() + WAIT_SECONDS
        while (found := self.find(version, since)) is None:
            self.arrived.clear()
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for version {version}")
            try:
                await asyncio.wait_for(self.arrived.wait(), remaining)
            except TimeoutError:
                continue
        return found


class Session:
    """One server process with one open document."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.uri = path.resolve().as_uri()
        self.text = path.read_text()
        self.targets = revision_lines(self.text)
        self.version = 1
        self.revision = 0
        self.stderr_tail = b""
        self.client = LanguageClient("picklecheck-bench", "1")
        self.published = Published()
        published = self.published

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)  # type: ignore[untyped-decorator]
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            # The server's start-up check of a small workspace publishes the other files too
            # (the bench folder holds both generated files): only this file's count.
            if params.uri == self.uri:
                published.record(params)

    @property
    def pid(self) -> int:
        server = self.client._server
        return server.pid if server is not None else -1

    async def start(self) -> None:
        command = [sys.executable, "-m", "picklecheck", "serve"]
        if os.environ.get("PICKLECHECK_BENCH_PROFILE"):  # profile the server itself
            profile = ["-m", "cProfile", "-o", os.environ["PICKLECHECK_BENCH_PROFILE"]]
            command = [sys.executable, *profile, "-m", "picklecheck", "serve"]
        await self.client.start_io(*command, cwd=str(self.path.parent))
        asyncio.get_running_loop().create_task(self._drain_stderr())
        folder = types.WorkspaceFolder(
            uri=self.path.parent.resolve().as_uri(), name="bench"
        )
        params = types.InitializeParams(
            capabilities=types.ClientCapabilities(), workspace_folders=[folder]
        )
        await self.client.initialize_async(params)
        self.client.initialized(types.InitializedParams())

    async def _drain_stderr(self) -> None:
        # pygls pipes the server's stderr; an unread pipe would eventually block the server.
        # The tail is kept to explain a failed run.
        server = self.client._server
        if server is not None and server.stderr is not None:
            while chunk := await server.stderr.read(65536):
                self.stderr_tail = (self.stderr_tail + chunk)[-4000:]

    async def open(self) -> tuple[float, int]:
        started = time.perf_counter()
        item = types.TextDocumentItem(
            uri=self.uri, language_id="python", version=self.version, text=self.text
        )
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(text_document=item)
        )
        at, count = await self.published.wait(self.version, started)
        return at - started, count

    def edit(self, line: int) -> float:
        """Rewrite one REVISION number; returns when it was sent."""
        self.version += 1
        self.revision = (self.revision + 1) % 900_000
        start = len(self.text.splitlines()[line]) - NUMBER_WIDTH
        span = types.Range(
            start=types.Position(line=line, character=start),
            end=types.Position(line=line, character=start + NUMBER_WIDTH),
        )
        change = types.TextDocumentContentChangePartial(
            range=span, text=str(100_000 + self.revision)
        )
        document = types.VersionedTextDocumentIdentifier(
            uri=self.uri, version=self.version
        )
        sent = time.perf_counter()
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=document, content_changes=[change]
            )
        )
        return sent

    async def edit_and_wait(self, line: int, save: bool) -> float:
        """Seconds from the change to its diagnostics. With `save`, a didSave follows at once,
        which analyses without waiting for the server's typing debounce."""
        sent = self.edit(line)
        if save:
            document = types.TextDocumentIdentifier(uri=self.uri)
            self.client.text_document_did_save(
                types.DidSaveTextDocumentParams(text_document=document)
            )
        at, _ = await self.published.wait(self.version, sent)
        return at - sent

    async def hover(self, position: types.Position) -> tuple[float, bool]:
        started = time.perf_counter()
        document = types.TextDocumentIdentifier(uri=self.uri)
        result = await self.client.text_document_hover_async(
            types.HoverParams(text_document=document, position=position)
        )
        return time.perf_counter() - started, result is not None

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), 10)
            self.client.exit(None)
        finally:
            await self.client.stop()  # type: ignore[no-untyped-call]


def boundary_position(text: str) -> types.Position:
    """Where a hover should describe a process boundary: the first `pool.map(` call."""
    for number, line in enumerate(text.splitlines()):
        column = line.find("pool.map(")
        if column >= 0:
            return types.Position(line=number, character=column + len("pool."))
    return types.Position(line=0, character=0)


async def measure(
    session: Session, edits: int, hovers: int, memory_edits: int
) -> dict[str, object]:
    path = session.path
    await session.start()
    try:
        first_seconds, diagnostics = await session.open()
        result: dict[str, object] = {
            "file": path.name,
            "lines": session.text.count("\n") + 1,
            "first_diagnostics_s": first_seconds,
            "diagnostics": diagnostics,
        }
        result.update(await measure_edits(session, edits))
        result.update(await measure_hovers(session, hovers))
        if memory_edits:
            result.update(await measure_memory(session, memory_edits))
        result["server_peak_rss_mb"] = process_peak_rss_mb(session.pid)
        return result
    finally:
        await session.stop()


async def measure_edits(session: Session, edits: int) -> dict[str, object]:
    chooser = random.Random(1)
    typed = [
        await session.edit_and_wait(chooser.choice(session.targets), save=False)
        for _ in range(edits)
    ]
    saved = [
        await session.edit_and_wait(chooser.choice(session.targets), save=True)
        for _ in range(edits)
    ]
    return {
        "edit_median_ms": 1000 * median(typed),
        "edit_p90_ms": 1000 * percentile(typed, 0.9),
        "saved_edit_median_ms": 1000 * median(saved),
        "saved_edit_p90_ms": 1000 * percentile(saved, 0.9),
        "edits": len(typed),
    }


async def measure_hovers(session: Session, hovers: int) -> dict[str, object]:
    position = boundary_position(session.text)
    results = [await session.hover(position) for _ in range(hovers)]
    return {
        "hover_median_ms": 1000 * median([seconds for seconds, _ in results]),
        "hover_answered": sum(answered for _, answered in results),
        "hovers": len(results),
    }


async def measure_memory(session: Session, total_edits: int) -> dict[str, object]:
    chooser = random.Random(2)
    rss_after_50 = float("nan")
    done = 0
    while done < total_edits:
        burst = min(10, total_edits - done)
        sent = session.edit(chooser.choice(session.targets))
        for _ in range(burst - 1):
            session.edit(chooser.choice(session.targets))
        await session.published.wait(session.version, sent)
        done += burst
        if done == 50:
            rss_after_50 = process_rss_mb(session.pid)
    rss_end = process_rss_mb(session.pid)
    return {
        "memory_edits": done,
        "rss_after_50_mb": rss_after_50,
        "rss_after_all_mb": rss_end,
        "rss_growth": rss_end / rss_after_50 if rss_after_50 else float("nan"),
    }


async def reopen(path: Path) -> dict[str, object]:
    """A second fresh server opening the same unchanged file: the first server's result
    cache record answers it (the server's `useResultCache`)."""
    session = Session(path)
    await session.start()
    try:
        seconds, diagnostics = await session.open()
        return {
            "reopened_first_diagnostics_s": seconds,
            "reopened_diagnostics": diagnostics,
        }
    finally:
        await session.stop()


def main() -> int:
    parser = argparse.ArgumentParser(
        description="LSP latencies of picklecheck's server"
    )
    parser.add_argument("file", type=Path)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--hovers", type=int, default=30)
    parser.add_argument("--memory-edits", type=int, default=0)
    args = parser.parse_args()
    session = Session(args.file)
    # An empty result cache of its own: the first server is cold, the second finds its record.
    with tempfile.TemporaryDirectory(prefix="picklecheck-bench-cache-") as cache:
        os.environ["PICKLECHECK_CACHE_DIR"] = cache
        try:
            result = asyncio.run(
                measure(session, args.edits, args.hovers, args.memory_edits)
            )
            result.update(asyncio.run(reopen(args.file)))
        except Exception as exc:  # noqa: BLE001 - reported with the server's stderr
            stderr = session.stderr_tail.decode(errors="replace")
            print(
                json.dumps({"error": f"{type(exc).__name__}: {exc}", "stderr": stderr})
            )
            return 1
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
