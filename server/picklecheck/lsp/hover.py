"""Hover: on a flagged argument, why it fails and how to fix it; on a boundary, what it pickles.

Answers come from the latest analysis of the current text; a hover never starts an analysis of
its own, so it stays fast while a big file is being analysed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from lsprotocol import types

from picklecheck.engine.config import Config
from picklecheck.engine.model import ALL_START_METHODS, Boundary, Finding, Fix, Span, StartMethod
from picklecheck.engine.rules import resolve_rule
from picklecheck.lsp.analysis import Result, configure
from picklecheck.lsp.convert import range_to_span, span_to_range, split_lines

if TYPE_CHECKING:
    from picklecheck.lsp.state import PicklecheckServer

# Right after an edit the analysis of the new text may still be running; a hover waits this
# long for it rather than describing positions of an older text.
WAIT_FOR_ANALYSIS_SECONDS = 1.0
WAIT_FOR_FIXES_SECONDS = 0.5
FIXES_POLL_SECONDS = 0.02
_METHOD_ORDER = (StartMethod.FORK, StartMethod.SPAWN, StartMethod.FORKSERVER)


def register(server: PicklecheckServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(params: types.HoverParams) -> types.Hover | None:
        uri = params.text_document.uri
        if not server.session.settings.enable:
            return None
        try:
            result = await asyncio.wait_for(
                server.scheduler.wait_current(uri), WAIT_FOR_ANALYSIS_SECONDS
            )
        except TimeoutError:
            return None
        if result is None:
            return None
        # Normally ready: fixes are prepared right after the diagnostics go out. If not, a
        # short wait when they come soon, else the answer comes now, without its list of
        # quick fixes (never behind another file's analysis on the one analysis thread).
        if result.from_cache or server.scheduler.fixes_come_soon(result):
            result = await _with_fixes_while_soon(server, result)
        return hover_for(result, params.position)


async def _with_fixes_while_soon(server: PicklecheckServer, result: Result) -> Result:
    """`result` with its fixes, waiting at most WAIT_FOR_FIXES_SECONDS, and no longer once
    another file's analysis is queued on the analysis thread (it came in just before the
    fixes, and the answer would wait for all of it). A cached result waits for the analysis
    of its own file."""
    fixed = asyncio.ensure_future(server.scheduler.with_fixes(result))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + WAIT_FOR_FIXES_SECONDS
    while not fixed.done() and loop.time() < deadline:
        if not result.from_cache and not server.scheduler.fixes_come_soon(result):
            break
        await asyncio.wait({fixed}, timeout=FIXES_POLL_SECONDS)
    if fixed.done() and not fixed.cancelled() and fixed.exception() is None:
        return fixed.result()
    fixed.add_done_callback(_retrieved)  # still computed, for the next hover and code action
    return result


def _retrieved(task: asyncio.Future[Result]) -> None:
    if not task.cancelled():
        task.exception()  # retrieved: a failure is the fix machinery's own to report


def hover_for(result: Result, position: types.Position) -> types.Hover | None:
    job = result.job
    lines = split_lines(job.source)
    cursor = range_to_span(types.Range(position, position), lines, job.encoding)
    config, _ = configure(job)
    for index, finding in enumerate(result.report.findings):
        if finding.span.contains(cursor.line, cursor.col):
            fixes, withheld = result.fixes.get(index, []), result.withheld.get(index, [])
            text = finding_markdown(finding, fixes, config, withheld)
            return _hover(text, finding.span, lines, job.encoding)
    boundary = innermost_boundary(result.report.boundaries, cursor)
    if boundary is None:
        return None
    return _hover(boundary_markdown(boundary), boundary.span, lines, job.encoding)


def _hover(text: str, span: Span, lines: list[str], encoding: str) -> types.Hover:
    contents = types.MarkupContent(kind=types.MarkupKind.Markdown, value=text)
    return types.Hover(contents=contents, range=span_to_range(span, lines, encoding))


def innermost_boundary(boundaries: Sequence[Boundary], cursor: Span) -> Boundary | None:
    around = [b for b in boundaries if b.pickled and b.span.contains(cursor.line, cursor.col)]
    return min(
        around,
        key=lambda b: (b.span.end_line - b.span.line, b.span.end_col - b.span.col),
        default=None,
    )


def methods_text(methods: frozenset[StartMethod]) -> str:
    if methods == ALL_START_METHODS:
        return "every start method (fork, spawn, forkserver)"
    return ", ".join(m.value for m in _METHOD_ORDER if m in methods) or "none"


def finding_markdown(
    finding: Finding, fixes: Sequence[Fix], config: Config, withheld: Sequence[str] = ()
) -> str:
    rule = resolve_rule(finding.code)
    name = f" {rule.name}" if rule else ""
    parts = [f"**picklecheck {finding.code}**{name} ({finding.severity.value})", finding.message]
    if finding.runtime_error not in finding.message:
        parts.append(f"**Fails with:** `{finding.runtime_error}`")
    parts.append(_when(finding, config))
    if finding.chain:
        parts.append("**Why:**\n\n" + "\n".join(_chain_lines(finding)))
    parts.append(_fix_text(finding, fixes))
    parts.extend(withheld)  # why a quick fix the rule has is not offered here
    if rule:
        parts.append(f"[{finding.code} documentation]({rule.docs_url})")
    return "\n\n".join(parts)


def _when(finding: Finding, config: Config) -> str:
    version = (
        f"Python {finding.since[0]}.{finding.since[1]} and later"
        if finding.since
        else "every supported Python version"
    )
    platforms = config.platforms_failing(finding.start_methods)
    where = f" (the default on {', '.join(platforms)})" if platforms else ""
    methods = methods_text(finding.start_methods)
    return f"**Fails under:** {methods}{where}. **Python:** {version}."


def _chain_lines(finding: Finding) -> list[str]:
    lines = []
    for number, step in enumerate(finding.chain, start=1):
        where = f"line {step.span.line + 1}"
        if step.path and step.path != finding.path and not step.path.endswith(finding.path):
            where = f"{step.path}:{step.span.line + 1}"
        lines.append(f"{number}. {where}: {step.note}")
    return lines


def _fix_text(finding: Finding, fixes: Sequence[Fix]) -> str:
    rule = resolve_rule(finding.code)
    advice = rule.fix if rule else ""
    offered = [f"- {fix.title}" for fix in fixes]
    if offered:
        return f"**Fix:** {advice}\n\nQuick fixes:\n" + "\n".join(offered)
    return f"**Fix:** {advice}"


def boundary_markdown(boundary: Boundary) -> str:
    sink = boundary.sink.removeprefix("multiprocessing.").removeprefix("concurrent.futures.")
    items = "\n".join(f"- {what}" for what in boundary.pickled)
    when = methods_text(boundary.start_methods)
    return (
        f"**picklecheck: process boundary** `{sink}`\n\nThis call pickles:\n\n{items}\n\n"
        f"**Start methods:** {when}."
    )
