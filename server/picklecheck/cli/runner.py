"""Analyse files one by one or in a process pool, always returning results in input order."""

from __future__ import annotations

import ast
import os
import sys
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from picklecheck.cli.files import UnreadableSourceError, display_path, read_source
from picklecheck.cli.results import FileResult, FixSummary
from picklecheck.engine import analyze_source
from picklecheck.engine.config import Config
from picklecheck.engine.fixes import FIX_BUDGET_SECONDS, fixes_for
from picklecheck.engine.model import Finding, Report
from picklecheck.engine.suppression import suppression_edit
from picklecheck.gc_tuning import tune_garbage_collection

# (path to read, path to show, config): a module-level tuple so the pool can pickle it.
Task = tuple[str, str, Config]


def _fix_summaries(
    source: str, findings: list[Finding], budget_seconds: float = FIX_BUDGET_SECONDS
) -> list[tuple[FixSummary, ...]]:
    """The fixes on offer per finding; findings reached after the fix budget list none."""
    deadline = time.monotonic() + budget_seconds
    summaries: list[tuple[FixSummary, ...]] = []
    for finding in findings:
        if time.monotonic() > deadline:
            summaries.append(())
            continue
        # "Suppress on this line" is always on offer in editors; it is not a fix.
        suppress = (suppression_edit(source, finding.span.line, finding.code),)
        try:
            fixes = [f for f in fixes_for(source, finding) if f.edits and f.edits != suppress]
        except Exception:  # a fix-builder bug must not hide the finding
            fixes = []
        summaries.append(tuple(FixSummary(f.title, f.safety.value) for f in fixes))
    return summaries


def check_file(task: Task) -> FileResult:
    """One file's result; a bug in picklecheck is reported for this file instead of raised."""
    path, shown, config = task
    try:
        source, _ = read_source(Path(path))
    except UnreadableSourceError as exc:
        return FileResult(shown, Report(path=shown, syntax_error=str(exc)))
    try:
        report = analyze_source(source, path, config)
        if report.stats.files_prefiltered and report.syntax_error is None:
            report.syntax_error = _syntax_problem(source)
        # Fixes see the engine's own findings; paths are rewritten for display afterwards.
        fixes = _fix_summaries(source, report.findings) if report.findings else []
        report.path = shown
        report.findings = [_displayed(finding, shown) for finding in report.findings]
        return FileResult(shown, report, fixes)
    except Exception as exc:  # one file's crash must not stop the run
        last = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(last.filename).name}:{last.lineno}"
        return FileResult(shown, Report(path=shown), internal_error=f"{exc!r} at {where}")


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


def run_tasks(tasks: list[Task], jobs: int, progress: TextIO | None = None) -> list[FileResult]:
    """Check every task; `jobs` > 1 uses worker processes. Order always follows `tasks`."""
    workers = jobs if jobs > 0 else (os.cpu_count() or 1)
    workers = min(workers, len(tasks))
    if workers <= 1:
        results_iter: Iterator[FileResult] = map(check_file, tasks)
        return _collect(results_iter, len(tasks), progress)
    with ProcessPoolExecutor(max_workers=workers, initializer=tune_garbage_collection) as pool:
        chunk = max(1, len(tasks) // (workers * 8))
        return _collect(pool.map(check_file, tasks, chunksize=chunk), len(tasks), progress)


def _collect(
    results: Iterator[FileResult], total: int, progress: TextIO | None
) -> list[FileResult]:
    collected = []
    for done, result in enumerate(results, start=1):
        collected.append(result)
        if progress is not None:
            progress.write(f"\r\x1b[Kpicklecheck: [{done}/{total}] {result.path}")
            progress.flush()
    if progress is not None and total:
        progress.write("\r\x1b[K")
        progress.flush()
    return collected


def progress_stream(enabled: bool) -> TextIO | None:
    """stderr when asked for and attached to a terminal; progress never pollutes pipes."""
    return sys.stderr if enabled and sys.stderr.isatty() else None
