"""One analysis job, run in the worker thread: engine report -> diagnostics, never raising.

Everything here is plain data in, plain data out, so the event loop only schedules and publishes.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from lsprotocol import types

import picklecheck.engine as engine
from picklecheck.cli.cache import (
    Fixes,
    ResultCache,
    chosen_directory,
    environment_key,
    text_hash,
)
from picklecheck.engine.config import Config, ConfigError, load_config
from picklecheck.engine.fixes import FIX_BUDGET_SECONDS, FixChecker, fixes_for, withheld
from picklecheck.engine.incremental import IncrementalAnalyzer
from picklecheck.engine.model import Finding, Fix, Report
from picklecheck.lsp.convert import DocumentContext, finding_to_diagnostic
from picklecheck.lsp.settings import Settings, apply_settings


@dataclass(frozen=True)
class Job:
    uri: str
    path: str | None  # None for untitled buffers
    source: str
    version: int | None
    sequence: int  # the server's own edit counter; client versions may repeat or go back
    generation: int  # settings generation the job was configured with
    settings: Settings
    base: Config  # defaults from the interpreter (target version)
    encoding: str


@dataclass
class Result:
    job: Job
    report: Report
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    # finding index -> fixes; filled by `prepare_fixes` after the diagnostics are out
    fixes: dict[int, list[Fix]] = field(default_factory=dict)
    # finding index -> why a fix its hints ask for is withheld (for the hover)
    withheld: dict[int, list[str]] = field(default_factory=dict)
    fixes_ready: bool = False
    # the document's analyzer as it was right after this analysis: fixes are verified with it
    baseline: IncrementalAnalyzer | None = None
    checker: FixChecker | None = None  # verifies this text's fixes, once they are prepared
    # findings whose fixes the verification budget did not reach; a code action asks again
    unverified: set[int] = field(default_factory=set)
    error: str | None = None  # traceback of a crash in the engine
    config_problem: str | None = None
    from_cache: bool = False  # answered from the result cache; the full analysis follows


def run_job(
    job: Job,
    cancelled: Callable[[], bool] | None = None,
    analyzer: IncrementalAnalyzer | None = None,
) -> Result:
    """Analyse and convert; a crash becomes an empty result carrying the traceback.

    `cancelled` is asked during the analysis: once a newer text has arrived it stops early and
    its (discarded) result is partial. `analyzer`, the document's incremental analyzer, reuses
    what the previous version's analysis found where the edit cannot have changed it."""
    try:
        config, problem = configure(job)
        config = replace(config, cancelled=cancelled)
        baseline = None
        if analyzer is not None:
            report = analyzer.analyze(job.source, config)
            baseline = analyzer.branch()
        else:
            report = engine.analyze_source(job.source, job.path or "<untitled>", config)
        result = Result(job, report, config_problem=problem, baseline=baseline)
        convert(result)
        return result
    except Exception:
        return Result(job, Report(path=job.path or ""), error=traceback.format_exc())


def cache_environment(search_paths: tuple[str, ...], interpreter: str) -> str:
    """What a server's results depend on besides the file and its configuration: the CLI's
    environment, plus the user's interpreter and the folders its imports resolve in. The
    server's records are its own: the CLI resolves imports from its own sys.path."""
    return json.dumps(["server", environment_key(), interpreter, list(search_paths)])


def cached_result(job: Job, environment: str) -> Result | None:
    """The stored result of this exact text (its file, configuration and every project module
    the analysis read unchanged since), converted to diagnostics; None on any miss."""
    if job.path is None:
        return None
    config, problem = configure(job)
    # A fresh cache object each time: its memo of module fingerprints must not outlive a check
    # in a server that runs for days while files change.
    found = ResultCache(chosen_directory(None), environment=environment).lookup(
        job.path, job.source, config
    )
    if found is None:
        return None
    result = Result(job, found[0], config_problem=problem, from_cache=True)
    convert(result)
    return result


def remember(result: Result, environment: str) -> None:
    """Store the result of a full analysis, so the next server (or this one, after a close)
    answers the same text at once. The server keeps no fix summaries (its fixes are live)."""
    job = result.job
    if job.path is None or result.error is not None or result.from_cache:
        return
    config, _ = configure(job)
    cache = ResultCache(chosen_directory(None), environment=environment)
    no_summaries: Fixes = [() for _ in result.report.findings]
    cache.store(job.path, text_hash(job.source), config, result.report, no_summaries)
    cache.finish()


def configure(job: Job) -> tuple[Config, str | None]:
    """pyproject `[tool.picklecheck]` next to the file, then the editor settings on top."""
    project, problem = job.base, None
    if job.path is not None:
        try:
            project = load_config(Path(job.path).parent, job.base)
        except ConfigError as exc:
            problem = str(exc)
    return apply_settings(job.settings, project), problem


def convert(result: Result) -> None:
    job = result.job
    document = DocumentContext(job.uri, job.path, job.source, job.encoding)
    for finding in result.report.findings:
        result.diagnostics.append(finding_to_diagnostic(finding, document, job.version))


def prepare_fixes(
    result: Result,
    wanted: Callable[[], bool] | None = None,
    budget_seconds: float = FIX_BUDGET_SECONDS,
) -> Result:
    """The quick fixes of every finding. Computed after the diagnostics are published (fixes
    re-parse the text and cost more than an incremental re-analysis), before any code action
    or hover reads them. Stops early, unfinished, once `wanted()` says a newer text is in.
    Findings reached after `budget_seconds` get no fixes yet (their suppression is still
    offered); like those the verification budget missed, a code action asks for them again."""
    deadline = time.monotonic() + budget_seconds
    checker = result.checker = _checker(result, wanted) if result.report.findings else None
    for index, finding in enumerate(result.report.findings):
        if wanted is not None and not wanted():
            return result
        if time.monotonic() <= deadline:
            _verified_fixes(checker, index, finding, result)
        else:
            result.fixes[index] = []
            result.unverified.add(index)
        result.withheld[index] = _withheld(finding, result)
    result.fixes_ready = True
    return result


def verify_requested(result: Result, indexes: list[int]) -> Result:
    """Verifies, with a new budget, the fixes of the findings a code action asks for that
    `prepare_fixes` had no budget left for (a large file with many findings)."""
    checker = result.checker
    if checker is None:
        return result
    checker.renew_budget()
    for index in indexes:
        if index in result.unverified:
            _verified_fixes(checker, index, result.report.findings[index], result)
    return result


def _verified_fixes(
    checker: FixChecker | None, index: int, finding: Finding, result: Result
) -> None:
    spent = checker.withheld_for_budget if checker is not None else 0
    result.fixes[index] = _fixes(checker, finding, result)
    if checker is not None and checker.withheld_for_budget > spent:
        result.unverified.add(index)
    else:
        result.unverified.discard(index)


def _checker(result: Result, wanted: Callable[[], bool] | None) -> FixChecker:
    """Verifies each fix by re-analysing the fixed text incrementally from this analysis,
    within the engine's per-file budget, and stops once a newer text is in."""
    job = result.job
    config, _ = configure(job)
    if wanted is not None:
        config = replace(config, cancelled=lambda: not wanted())
    return FixChecker(
        job.source,
        job.path or "<untitled>",
        config,
        findings=result.report.findings,
        analyzer=result.baseline,
    )


def _fixes(checker: FixChecker | None, finding: Finding, result: Result) -> list[Fix]:
    """A failing fix generator costs that finding its fixes, never its diagnostic."""
    try:
        return list(fixes_for(result.job.source, finding, checker))
    except Exception:
        result.error = traceback.format_exc()
        return []


def _withheld(finding: Finding, result: Result) -> list[str]:
    try:
        return list(withheld(result.job.source, finding))
    except Exception:
        result.error = traceback.format_exc()
        return []
