"""Soak the language server with thousands of random edits; print its memory as it goes.

    python bench/lsp_soak.py [--edits 5000] [--burst 5] [--seed 1]

Starts `python -m picklecheck serve`, opens a program full of process boundaries and applies
random edits (new workers and lambdas with fresh names, changed numbers, deleted lines, syntax
errors and their repair). After each burst it saves, which analyses at once instead of after
the debounce, and waits for the diagnostics of the burst's last version. Prints the server's RSS after 50 edits, at checkpoints and at the
end; astroid's caches are bounded by the server, so the growth ratio should stay near 1.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import process_rss_mb

HEADER = """\
import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


class Holder:
    def __init__(self):
        self.lock = threading.Lock()


def square(x):
    return x * x

"""
MAIN = """
if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(10)))
"""
MAX_BLOCKS = 25
WAIT_SECONDS = 60.0


class Program:
    """The edited text: blocks of generated code between a fixed header and main."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.blocks: list[str] = []
        self.names = 0
        self.broken = False

    def text(self) -> str:
        return HEADER + "\n".join(self.blocks) + MAIN

    def edit(self) -> None:
        if self.broken:
            self.blocks[-1] = self.blocks[-1].rstrip("(")
            self.broken = False
            return
        choice = self.random.random()
        if choice < 0.45 or not self.blocks:
            self._add_block()
        elif choice < 0.75:
            self._change_number()
        elif choice < 0.9:
            self.blocks.pop(self.random.randrange(len(self.blocks)))
        else:
            self.blocks[-1] += "("
            self.broken = True

    def _add_block(self) -> None:
        self.names += 1
        n = self.names
        kind = self.random.choice(["lambda", "local", "lock", "clean", "executor"])
        body = {
            "lambda": f"    return pool.map(lambda v: v + {n}, range({n % 7}))",
            "local": f"    def inner_{n}(v):\n        return v\n    return pool.map(inner_{n}, [1])",
            "lock": f"    return pool.apply(square, (Holder(),))  # {n}",
            "clean": f"    return pool.map(square, range({n % 11}))",
            "executor": f"    with ProcessPoolExecutor() as ex:\n        return ex.submit(len, [{n}])",
        }[kind]
        self.blocks.append(
            f"def job_{n}():\n    pool = multiprocessing.Pool(2)\n{body}\n"
        )
        if len(self.blocks) > MAX_BLOCKS:
            self.blocks.pop(0)

    def _change_number(self) -> None:
        index = self.random.randrange(len(self.blocks))
        self.names += 1
        self.blocks[index] = self.blocks[index].replace(
            "range(", f"range({self.names} + ", 1
        )


class Soak:
    def __init__(self, folder: Path) -> None:
        self.uri = (folder / "soak.py").as_uri()
        self.folder = folder
        self.version = 0
        self.latest: dict[int, int] = {}
        self.arrived = asyncio.Event()
        self.client = LanguageClient("picklecheck-soak", "1")
        latest, arrived = self.latest, self.arrived

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)  # type: ignore[misc]
        def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
            if params.version is not None:
                latest[params.version] = len(params.diagnostics)
            arrived.set()

    @property
    def pid(self) -> int:
        server = self.client._server
        return server.pid if server is not None else -1

    async def start(self, text: str) -> None:
        command = [sys.executable, "-m", "picklecheck", "serve"]
        await self.client.start_io(*command, cwd=str(self.folder))
        asyncio.get_running_loop().create_task(self._drain_stderr())
        folder = types.WorkspaceFolder(uri=self.folder.as_uri(), name="soak")
        params = types.InitializeParams(
            capabilities=types.ClientCapabilities(), workspace_folders=[folder]
        )
        await self.client.initialize_async(params)
        self.client.initialized(types.InitializedParams())
        self.version = 1
        item = types.TextDocumentItem(
            uri=self.uri, language_id="python", version=1, text=text
        )
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(text_document=item)
        )
        await self.wait(1)

    async def _drain_stderr(self) -> None:
        server = self.client._server
        if server is not None and server.stderr is not None:
            while await server.stderr.read(65536):
                pass

    def change(self, text: str) -> None:
        self.version += 1
        document = types.VersionedTextDocumentIdentifier(
            uri=self.uri, version=self.version
        )
        change = types.TextDocumentContentChangeWholeDocument(text=text)
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=document, content_changes=[change]
            )
        )

    def save(self) -> None:
        document = types.TextDocumentIdentifier(uri=self.uri)
        self.client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=document)
        )

    async def wait(self, version: int) -> int:
        deadline = time.monotonic() + WAIT_SECONDS
        while version not in self.latest:
            self.arrived.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for version {version}")
            try:
                await asyncio.wait_for(self.arrived.wait(), remaining)
            except TimeoutError:
                continue
        return self.latest[version]

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), 10)
            self.client.exit(None)
        finally:
            await self.client.stop()  # type: ignore[no-untyped-call]


async def soak(edits: int, burst: int, seed: int) -> float:
    program = Program(seed)
    checkpoints = sorted({50, *range(500, edits + 1, 500), edits})
    with tempfile.TemporaryDirectory() as folder:
        session = Soak(Path(folder))
        await session.start(program.text())
        started, done, baseline, findings = time.perf_counter(), 0, float("nan"), 0
        print(f"{'edits':>6} {'rss_mb':>8} {'vs_50':>6} {'findings':>8} {'seconds':>8}")
        try:
            while done < edits:
                for _ in range(min(burst, edits - done)):
                    program.edit()
                    session.change(program.text())
                    done += 1
                session.save()  # analyse now instead of after the debounce, as autosave does
                findings = await session.wait(session.version)
                if checkpoints and done >= checkpoints[0]:
                    checkpoints.pop(0)
                    rss = process_rss_mb(session.pid)
                    baseline = rss if done <= 50 else baseline
                    elapsed = time.perf_counter() - started
                    ratio = rss / baseline
                    print(
                        f"{done:>6} {rss:>8.1f} {ratio:>6.2f} {findings:>8} {elapsed:>8.1f}"
                    )
        finally:
            final = process_rss_mb(session.pid)
            await session.stop()
    growth = final / baseline
    print(
        f"RSS after 50 edits {baseline:.1f} MB, after {done} edits {final:.1f} MB: x{growth:.2f}"
    )
    return growth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=5000)
    parser.add_argument(
        "--burst", type=int, default=5, help="edits sent before each wait"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    asyncio.run(soak(args.edits, args.burst, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
