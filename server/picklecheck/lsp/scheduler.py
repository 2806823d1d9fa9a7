"""The analysis scheduler: debounced, version-guarded analysis off the event loop.

Analyses run one at a time in a worker thread (astroid is not thread-safe). A newer edit cancels
the pending debounce and any queued analysis of the same document; a running one finishes (the
engine's per-file budget bounds it) and its result is dropped, so results for an old version are
never published. It talks to the server through `Host`, the little it needs of one.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from lsprotocol import types
from pygls.workspace import TextDocument, Workspace

from picklecheck.engine.incremental import IncrementalAnalyzer
from picklecheck.gc_tuning import collections_postponed
from picklecheck.lsp.analysis import (
    Job,
    Result,
    cache_environment,
    cached_result,
    prepare_fixes,
    remember,
    run_job,
)
from picklecheck.lsp.convert import UTF16
from picklecheck.lsp.memory import forget_inference_results, warm_up_and_keep
from picklecheck.lsp.session import Session

T = TypeVar("T")
FIX_DELAY_SECONDS = 0.25


class Host(Protocol):
    """What the scheduler uses of the language server."""

    session: Session

    @property
    def workspace(self) -> Workspace: ...

    def document(self, uri: str) -> TextDocument | None: ...

    def publish(self, uri: str, items: list[types.Diagnostic], version: int | None) -> None: ...

    def log(self, message: str, kind: types.MessageType = ...) -> None: ...

    def warn_once(self, message: str) -> None: ...

    def report_crash(self, uri: str, trace: str) -> None: ...

    def workspace_diagnostic_refresh_async(self, params: None) -> Awaitable[None]: ...


class Scheduler:
    """Per-document analysis state of one server."""

    def __init__(self, server: Host) -> None:
        self.server = server
        # The one thread that uses astroid: analyses, workspace checks and the verification of
        # quick fixes (each fix is checked by re-analysing the fixed text). astroid's caches
        # and module table are process-wide, and not safe to use from two threads at once.
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="picklecheck-analysis")
        self.in_worker = 0  # jobs handed to the analysis thread and not finished yet
        self.fixing: dict[str, tuple[Result, asyncio.Future[Result]]] = {}
        self.results: dict[str, Result] = {}
        # Per open document: what its last analysis found, for re-analysing only what an edit
        # can change. Dropped whenever something outside the text may have changed.
        self.reuse: dict[str, IncrementalAnalyzer] = {}
        self.sequence: dict[str, int] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.arrived: dict[str, asyncio.Event] = {}
        self.generation = 0
        self.analyses = 0
        self.on_result: list[Callable[[Result], None]] = []
        self.on_open: list[Callable[[str], None]] = []
        self.on_save: list[Callable[[str], None]] = []
        self.background: set[asyncio.Future[Any]] = set()
        # Set once the first settings are in, so the first analysis already uses them.
        self.ready = asyncio.Event()
        # (interpreter, its search paths) -> the result cache's environment key for them
        self._cache_environments: dict[tuple[str, tuple[str, ...]], str] = {}

    def start_warming_up(self) -> None:
        """Build what every analysis reads, ahead of the first one (same thread, so it runs
        first)."""
        self.executor.submit(warm_up_and_keep)

    # --- triggers -------------------------------------------------------------------------

    def document_changed(self, uri: str, delay: float) -> None:
        self.sequence[uri] = self.sequence.get(uri, 0) + 1
        self.schedule(uri, delay)

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.pending[uri] = asyncio.ensure_future(self._analyse(uri, delay))

    def document_closed(self, uri: str) -> None:
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.results.pop(uri, None)
        self.fixing.pop(uri, None)
        self.reuse.pop(uri, None)
        self.sequence.pop(uri, None)
        self._wake(uri)
        self.arrived.pop(uri, None)
        if not self.server.session.pull_mode:
            self.server.publish(uri, [], None)

    def settings_changed(self) -> None:
        """Every open document is re-analysed under the new settings."""
        self.generation += 1
        self.reuse.clear()  # the interpreter, and so what imports resolve to, may differ
        for uri in list(self.sequence):
            self.schedule(uri)

    def forget_reuse(self, uri: str) -> None:
        """A module the document imports changed: its next analysis starts from scratch."""
        self.reuse.pop(uri, None)

    def open_uris(self) -> list[str]:
        return list(self.sequence)

    # --- results --------------------------------------------------------------------------

    def current(self, uri: str) -> Result | None:
        """The result for the document as it is now, or None while that is being computed."""
        result = self.results.get(uri)
        if result is not None and self._is_current(result.job):
            return result
        return None

    async def wait_current(self, uri: str, analysed: bool = False) -> Result | None:
        """The result for the document as it is now; None once the document is closed (or
        when it was never open). With `analysed`, not one answered from the result cache: the
        full analysis that follows it."""
        while uri in self.sequence and self.server.document(uri) is not None:
            result = self.current(uri)
            if result is not None and not (analysed and result.from_cache):
                return result
            if uri not in self.pending:
                self.schedule(uri)
            event = self.arrived.setdefault(uri, asyncio.Event())
            event.clear()
            await event.wait()
        return None

    def _is_current(self, job: Job) -> bool:
        return self.sequence.get(job.uri) == job.sequence and job.generation == self.generation

    def _wake(self, uri: str) -> None:
        event = self.arrived.get(uri)
        if event is not None:
            event.set()

    # --- the work -------------------------------------------------------------------------

    async def _analyse(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            await self.ready.wait()
            job = self._job(uri)
            if job is None:
                self._wake(uri)  # a waiter must not wait for an analysis that never comes
                return
            if uri not in self.reuse:  # the document's first analysis: try the cache first
                early = await self.run_in_worker(self._from_cache, job)
                if early is not None and self._is_current(job):
                    self._accept(early)
            result = await self.run_in_worker(self._run_edit, job)
            if self._is_current(job):
                self._accept(result)
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    def _job(self, uri: str) -> Job | None:
        document = self.server.document(uri)
        if document is None or uri not in self.sequence:
            return None
        path = document.path if uri.startswith("file:") else None
        return self.job(uri, path, document.source, document.version, self.sequence[uri])

    def job(self, uri: str, path: str | None, source: str, version: int | None, seq: int) -> Job:
        session = self.server.session
        return Job(
            uri=uri,
            path=path,
            source=source,
            version=version,
            sequence=seq,
            generation=self.generation,
            settings=session.settings,
            base=session.base_config,
            encoding=str(self.server.workspace.position_encoding or UTF16),
        )

    def _run(
        self,
        job: Job,
        cancelled: Callable[[], bool] | None = None,
        analyzer: IncrementalAnalyzer | None = None,
        first: bool = True,
    ) -> Result:
        """In the worker thread. A document's first analysis builds its tree and the modules
        it imports, which stay: collections are postponed meanwhile (gc_tuning)."""
        self.analyses += 1
        try:
            with collections_postponed() if first else contextlib.nullcontext():
                return run_job(job, cancelled=cancelled, analyzer=analyzer)
        finally:
            forget_inference_results()

    def _cache_environment(self) -> str | None:
        """In the worker thread: None when the user turned the result cache off."""
        session = self.server.session
        if not session.settings.use_result_cache:
            return None
        info = session.interpreter
        key = (info.executable, info.search_paths) if info is not None else ("", ())
        if key not in self._cache_environments:
            self._cache_environments[key] = cache_environment(key[1], key[0])
        return self._cache_environments[key]

    def _from_cache(self, job: Job) -> Result | None:
        """In the worker thread: the stored result of this text, if nothing changed since."""
        environment = self._cache_environment()
        return cached_result(job, environment) if environment is not None else None

    def _remember(self, result: Result) -> None:
        """In the worker thread, after the result is published."""
        environment = self._cache_environment()
        if environment is not None:
            remember(result, environment)

    def _run_edit(self, job: Job) -> Result:
        """In the worker thread: an editing analysis. It stops early once a newer text or new
        settings arrive (its result is discarded anyway) and reuses the previous version's
        results. A reset on the event loop drops the analyzer from `reuse`; this job's copy
        then only updates an orphan."""
        analyzer = self.reuse.get(job.uri)
        first = analyzer is None
        if analyzer is None:
            analyzer = IncrementalAnalyzer(job.path or "<untitled>")
            self.reuse[job.uri] = analyzer
        result = self._run(job, lambda: not self._is_current(job), analyzer, first)
        if first and self._is_current(job):
            with contextlib.suppress(RuntimeError):  # the server is shutting down
                self.executor.submit(self._remember, result)  # after the result is out
        return result

    def _accept(self, result: Result) -> None:
        uri = result.job.uri
        self.results[uri] = result
        self.fixing.pop(uri, None)
        if not result.from_cache:  # a cached result is soon replaced by the full analysis's
            self.in_background(self._prepare_fixes_later(result))
        if result.error is not None:
            self.server.report_crash(uri, result.error)
        if result.config_problem is not None:
            self.server.warn_once(result.config_problem)
        if not self.server.session.pull_mode:
            self.server.publish(uri, self.visible(result), result.job.version)
        self._wake(uri)
        for listener in self.on_result:
            listener(result)

    async def with_fixes(self, result: Result) -> Result:
        """`result` once its quick fixes are computed (they follow the diagnostics). For a
        result answered from the cache, the full analysis's result with its fixes: fixes are
        verified incrementally from that analysis, never from scratch beside it."""
        if result.from_cache:
            analysed = await self.wait_current(result.job.uri, analysed=True)
            if analysed is None:
                return result  # closed meanwhile: no fixes
            result = analysed
        if result.fixes_ready:
            return result
        pending = self.fixing.get(result.job.uri)
        if pending is None or pending[0] is not result:
            pending = (result, self._start_fixes(result))
            self.fixing[result.job.uri] = pending
        return await asyncio.shield(pending[1])

    async def _prepare_fixes_later(self, result: Result) -> None:
        """Fixes for the published result, once typing pauses: computed at once they would
        compete for the interpreter with the analysis of the next edit."""
        await asyncio.sleep(FIX_DELAY_SECONDS)
        if self._is_current(result.job) and result.job.uri not in self.fixing:
            await self.with_fixes(result)

    def _start_fixes(self, result: Result) -> asyncio.Future[Result]:
        wanted = functools.partial(self._is_current, result.job)
        return asyncio.ensure_future(self.run_in_worker(prepare_fixes, result, wanted))

    def fixes_come_soon(self, result: Result) -> bool:
        """Whether `result`'s quick fixes are worth a short wait: being computed, or the
        analysis thread is free to start them (not queued behind another file's analysis)."""
        if result.fixes_ready:
            return True
        pending = self.fixing.get(result.job.uri)
        underway = pending is not None and pending[0] is result and self.in_worker == 1
        return underway or self.in_worker == 0

    def visible(self, result: Result) -> list[types.Diagnostic]:
        return result.diagnostics if self.server.session.settings.enable else []

    async def analyse_now(self, job: Job) -> Result:
        """For workspace checks: the same worker, so astroid is never used concurrently; an
        unchanged file is answered from the result cache."""
        return await self.run_in_worker(self._check_file, job)

    def _check_file(self, job: Job) -> Result:
        """In the worker thread."""
        cached = self._from_cache(job)
        if cached is not None:
            return cached
        result = self._run(job)
        self._remember(result)
        return result

    def in_background(self, work: Coroutine[Any, Any, Any]) -> None:
        task = asyncio.ensure_future(work)
        self.background.add(task)  # a reference, or the task may be garbage-collected
        task.add_done_callback(self.background.discard)

    async def run_in_worker(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` on the analysis thread, after the work handed to it before."""
        loop = asyncio.get_running_loop()
        submitted = self.executor.submit(function, *args)
        self.in_worker += 1  # counted until the job ends, even if its awaiting task is cancelled
        submitted.add_done_callback(lambda _job: _call_soon(loop, self._left_worker))
        return await asyncio.wrap_future(submitted)

    def _left_worker(self) -> None:
        self.in_worker -= 1

    # --- pull mode ------------------------------------------------------------------------

    async def ask_client_to_repull(self) -> None:
        if self.server.session.pull_mode and self.server.session.refresh_support:
            try:
                await self.server.workspace_diagnostic_refresh_async(None)
            except Exception as exc:  # the client may refuse; its next pull still gets news
                self.server.log(f"workspace/diagnostic/refresh failed: {exc}")


def _call_soon(loop: asyncio.AbstractEventLoop, callback: Callable[[], None]) -> None:
    with contextlib.suppress(RuntimeError):  # the loop is closed: the server is ending
        loop.call_soon_threadsafe(callback)
