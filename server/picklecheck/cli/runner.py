"""Analyse files one by one or in a process pool, always returning results in input order."""

from __future__ import annotations

import ast
import gc
import os
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from picklecheck.cli.cache import ResultCache, text_hash
from picklecheck.cli.files import UnreadableSourceError, display_path, read_source
from picklecheck.cli.results import FileResult, FixSummary
from picklecheck.engine.config import Config
from picklecheck.engine.fixes import FIX_BUDGET_SECONDS, fixes_for
from picklecheck.engine.fixes.verify import FixChecker
from picklecheck.engine.model import Finding, Report
from picklecheck.engine.suppression import suppression_edit
from picklecheck.gc_tuning import SurvivorFreezer, tune_garbage_collection

if TYPE_CHECKING:  # astroid is imported only where files are analysed
    from picklecheck.engine.analyzer import Outcome

# (path to read, path to show, config): a module-level tuple so the pool can pickle it.
Task = tuple[str, str, Config]


def _fix_summaries(
    source: str,
    findings: list[Finding],
    budget_seconds: float = FIX_BUDGET_SECONDS,
    checker: FixChecker | None = None,
) -> list[tuple[FixSummary, ...]]:
    """The fixes on offer per finding; findings reached after the fix budget list none.
    `checker` verifies them all against one analysis of `source` (by default, its own)."""
    deadline = time.monotonic() + budget_seconds
    checker = checker if checker is not None else FixChecker(source, findings=findings)
    summaries: list[tuple[FixSummary, ...]] = []
    for finding in findings:
        if time.monotonic() > deadline:
            summaries.append(())
            continue
        # "Suppress on this line" is always on offer in editors; it is not a fix.
        suppress = (suppression_edit(source, finding.span.line, finding.code),)
        try:
            offered = fixes_for(source, finding, checker)
            fixes = [f for f in offered if f.edits and f.edits != suppress]
        except Exception:  # a fix-builder bug must not hide the finding
            fixes = []
        summaries.append(tuple(FixSummary(f.title, f.safety.value) for f in fixes))
    return summaries


def _checker_after(source: str, path: str, config: Config, outcome: Outcome) -> FixChecker:
    """A fix checker that starts from the analysis just made instead of repeating it."""
    return FixChecker(source, path, config, findings=outcome.report.findings, outcome=outcome)


@dataclass
class Analysed:
    """One file's result as the engine gave it (its own paths), as a worker sends it back."""

    report: Report
    fixes: list[tuple[FixSummary, ...]] = field(default_factory=list)
    text_hash: str | None = None  # of the text analysed; None: nothing worth caching
    internal_error: str | None = None


def analyse_task(task: Task) -> Analysed:
    """One file's result; a bug in picklecheck is reported for this file instead of raised."""
    path, _shown, config = task
    try:
        source, _ = read_source(Path(path))
    except UnreadableSourceError as exc:
        return Analysed(Report(path=path, syntax_error=str(exc)))
    try:
        from picklecheck.engine.analyzer import analyze_outcome  # astroid: only when analysing

        outcome = analyze_outcome(source, path, config)
        report = outcome.report
        if report.stats.files_prefiltered and report.syntax_error is None:
            report.syntax_error = _syntax_problem(source)
        # Fixes see the engine's own findings; paths are rewritten for display afterwards.
        fixes = []
        if report.findings:
            checker = _checker_after(source, path, config, outcome)
            fixes = _fix_summaries(source, report.findings, checker=checker)
        return Analysed(report, fixes, text_hash(source))
    except Exception as exc:  # one file's crash must not stop the run
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(last.filename).name}:{last.lineno}"
        return Analysed(Report(path=path), internal_error=f"{exc!r} at {where}")


def shown_result(shown: str, analysed: Analysed) -> FileResult:
    """The result with every path as users see it."""
    report = replace(
        analysed.report,
        path=shown,
        findings=[_displayed(finding, shown) for finding in analysed.report.findings],
    )
    return FileResult(shown, report, analysed.fixes, analysed.internal_error)


def check_file(task: Task) -> FileResult:
    return shown_result(task[1], analyse_task(task))


def _cached(cache: ResultCache, task: Task) -> FileResult | None:
    path, shown, config = task
    try:
        source, _ = read_source(Path(path))
    except UnreadableSourceError:
        return None  # the analysis reports it
    found = cache.lookup(path, source, config)
    if found is None:
        return None
    report, fixes = found
    report.stats.seconds = 0.0
    report.stats.files_cached = 1
    return shown_result(shown, Analysed(report, fixes))


def start_worker() -> None:
    """Set up a process that analyses: collector thresholds, the standard-library modules every
    analysis needs built, then `gc.freeze()` so the collector never walks those trees again."""
    tune_garbage_collection()
    from picklecheck.engine.astroid_facade import warm_up

    warm_up()
    gc.freeze()


def _syntax_problem(source: str) -> str | None:
    """Why Python cannot parse `source`. The engine skips a file without process code unparsed;
    with a syntax error it must still be listed as not checked, never passed silently."""
    try:
        compile(source, "<source>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        where = f"line {exc.lineno}, column {exc.offset}: " if exc.lineno else ""
        return f"{where}{exc.msg}"
    except (ValueError, RecursionError, MemoryError) as exc:  # NUL bytes, deep nesting
        return "too deeply nested to analyse" if not isinstance(exc, ValueError) else str(exc)
    return None


def _displayed(finding: Finding, shown: str) -> Finding:
    """The finding with every path as users see it (the engine may give absolute ones)."""
    chain = tuple(
        replace(step, path=None if step.path is None else display_path(Path(step.path)))
        for step in finding.chain
    )
    return replace(finding, path=shown, chain=chain)


def run_tasks(
    tasks: list[Task],
    jobs: int,
    progress: TextIO | None = None,
    cache: ResultCache | None = None,
) -> list[FileResult]:
    """Check every task; `jobs` > 1 uses worker processes. Order always follows `tasks`.
    With a cache, files it answers for are not analysed, and new results are stored."""
    results: list[FileResult | None] = [None] * len(tasks)
    if cache is not None:
        for index, task in enumerate(tasks):
            results[index] = _cached(cache, task)
    pending = [index for index, result in enumerate(results) if result is None]
    done = len(tasks) - len(pending)
    analysed = _analyse_all([tasks[index] for index in pending], jobs)
    for index, outcome in zip(pending, analysed, strict=True):
        path, shown, config = tasks[index]
        if cache is not None and outcome.text_hash is not None:
            cache.store(path, outcome.text_hash, config, outcome.report, outcome.fixes)
        results[index] = shown_result(shown, outcome)
        done += 1
        _show_progress(progress, done, len(tasks), shown)
    _end_progress(progress, len(tasks))
    if cache is not None:
        cache.finish()
    return [result for result in results if result is not None]


# This process's survivors of each analysis (a worker's own, or the CLI's with --jobs 1).
_SURVIVORS = SurvivorFreezer()


def analyse_and_freeze(task: Task) -> Analysed:
    try:
        return analyse_task(task)
    finally:
        _SURVIVORS.file_done()


def _analyse_all(tasks: list[Task], jobs: int) -> Iterator[Analysed]:
    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    workers = min(workers, len(tasks))
    if workers <= 1:
        if tasks:
            start_worker()
        yield from map(analyse_and_freeze, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor  # with multiprocessing: only for jobs

    with ProcessPoolExecutor(max_workers=workers, initializer=start_worker) as pool:
        chunk = max(1, len(tasks) // (workers * 8))
        yield from pool.map(analyse_and_freeze, tasks, chunksize=chunk)


def _show_progress(progress: TextIO | None, done: int, total: int, shown: str) -> None:
    if progress is not None:
        progress.write(f"\r\x1b[Kpicklecheck: [{done}/{total}] {shown}")
        progress.flush()


def _end_progress(progress: TextIO | None, total: int) -> None:
    if progress is not None and total:
        progress.write("\r\x1b[K")
        progress.flush()


def progress_stream(enabled: bool) -> TextIO | None:
    """stderr when asked for and attached to a terminal; progress never pollutes pipes."""
    return sys.stderr if enabled and sys.stderr.isatty() else None
