"""Quick fixes: text edits computed from a finding and the source, no LSP types.

`fixes_for` offers the fixes whose preconditions hold and whose result the engine re-checks
clean (`verify.FixChecker`), best first, "suppress" last; `apply_edits` applies one fix's edits;
`fix_all` applies safe fixes until none is left. Each fix kind is proven by executing fixed
programs (tests/fixes, docs/fixes.md).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Sequence

from picklecheck.engine.config import Config
from picklecheck.engine.fixes import (
    exceptions,
    getstate,
    globals,
    guard,
    lift,
    reopen,
    shared,
    sharedata,
    target,
)
from picklecheck.engine.fixes.source import Parsed, apply_edits
from picklecheck.engine.fixes.verify import FixChecker
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety
from picklecheck.engine.rules import RULES_BY_CODE
from picklecheck.engine.suppression import suppression_edit

__all__ = ["FIX_BUDGET_SECONDS", "FixChecker", "apply_edits", "fix_all", "fixes_for", "withheld"]

FixMaker = Callable[[Parsed, Finding, FixHint], list[Fix]]

# In order of preference: a fix for the root cause before one that works around it.
_MAKERS: dict[str, FixMaker] = {
    "lift-lambda": lift.lift_lambda,
    "lambda-to-method": lift.lambda_to_method,
    "lift-local-def": lift.lift_local_def,
    "move-out-of-main-guard": lift.move_out_of_main_guard,
    "add-main-guard": guard.add_main_guard,
    "target-to-function": target.target_to_function,
    "add-getstate": getstate.add_getstate,
    "exception-reduce": exceptions.add_exception_reduce,
    "pass-via-initializer": shared.pass_via_initializer,
    "set-global-in-initializer": globals.set_global_in_initializer,
    "use-manager": shared.use_manager,
    "share-numeric-data": sharedata.share_numeric_data,
    "boundary": lambda parsed, finding, hint: [
        *shared.threading_to_multiprocessing(parsed, finding, hint),
        *reopen.reopen_in_worker(parsed, finding, hint),
        *reopen.generator_result_to_list(parsed, finding, hint),
    ],
}
_MAX_ROUNDS = 50
# Fix work has its own budget, apart from the analysis's per-file one: the quick fixes of all
# findings of one file, and `fix_all`'s rounds (each re-analyses the file). Past it, findings
# get no fixes (suppression stays on offer in editors) and `fix_all` keeps what it has fixed.
FIX_BUDGET_SECONDS = 2.0
FIX_ALL_BUDGET_SECONDS = 10.0
# What a hint that no longer matches the text (or a pathological tree) can raise in a maker.
_TEXT_MISMATCH = (
    ValueError,
    KeyError,
    TypeError,
    IndexError,
    AttributeError,
    AssertionError,
    RecursionError,
)


def fixes_for(source: str, finding: Finding, checker: FixChecker | None = None) -> list[Fix]:
    """The fixes for `finding`, best first; the last one suppresses it on its line.

    Every fix but the suppression is offered only if `checker` (by default one analysing the
    text as `<string>` with the default configuration) finds the fixed text clean of it."""
    checker = checker if checker is not None else _default_checker(source)
    offered = [fix for fix in _candidates(source, finding) if checker.accepts(finding, fix)]
    fixes = [*offered, *_suppression(source, finding)]
    newline = _newline(source)
    return fixes if newline == "\n" else [_with_newline(fix, newline) for fix in fixes]


def withheld(source: str, finding: Finding) -> list[str]:
    """Why a fix the finding's hints ask for is not offered, for the hover (one line each)."""
    parsed = Parsed.parse(source)
    if parsed is None:
        return []
    notes: list[str] = []
    for hint in finding.fix_hints:
        if hint.kind == "add-getstate":
            try:
                notes += getstate.withheld_reasons(parsed, hint)
            except _TEXT_MISMATCH:
                continue
    return list(dict.fromkeys(notes))


def _candidates(source: str, finding: Finding) -> list[Fix]:
    """What the fix makers propose, before verification."""
    parsed = Parsed.parse(source)
    offered: list[Fix] = []
    if parsed is not None:
        for hint in sorted(finding.fix_hints, key=_preference):
            maker = _MAKERS.get(hint.kind)
            if maker is None:
                continue
            try:
                offered += maker(parsed, finding, hint)
            except _TEXT_MISMATCH:
                continue  # a hint that does not match the text offers nothing, never crashes
    return _unique(offered)


@functools.lru_cache(maxsize=2)
def _default_checker(source: str) -> FixChecker:
    return FixChecker(source)


def fix_all(
    source: str,
    findings: Sequence[Finding],
    path: str = "<string>",
    config: Config | None = None,
    budget_seconds: float = FIX_ALL_BUDGET_SECONDS,
) -> str:
    """Applies the first safe fix of each finding, re-analysing after every fix; no new round
    starts once `budget_seconds` have passed (every round ends in a whole, checked text)."""
    # imported when first used: it brings astroid, which fixes alone need not
    from picklecheck.engine.incremental import IncrementalAnalyzer

    deadline = time.thread_time() + budget_seconds  # CPU seconds, as every engine budget
    seen = {source}
    current = list(findings)
    checker = FixChecker(source, path, config, findings=current)
    for _round in range(_MAX_ROUNDS):
        if time.thread_time() > deadline:
            return source
        fixed = _first_safe_fix(source, current, checker)
        if fixed is None or fixed in seen:
            return source
        seen.add(fixed)
        source = fixed
        analyzer = IncrementalAnalyzer(path)
        current = analyzer.analyze(source, config or Config()).findings
        checker = FixChecker(source, path, config, findings=current, analyzer=analyzer.branch())
    return source


def _first_safe_fix(source: str, findings: Sequence[Finding], checker: FixChecker) -> str | None:
    for finding in findings:
        for fix in fixes_for(source, finding, checker):
            if fix.safety is FixSafety.SAFE and fix.edits:
                try:
                    return apply_edits(source, fix.edits)
                except ValueError:
                    continue
    return None


def _newline(source: str) -> str:
    """The file's own line break, so generated lines match it."""
    match = re.search(r"\r\n|\r|\n", source)
    return match.group() if match else "\n"


def _with_newline(fix: Fix, newline: str) -> Fix:
    edits = tuple(Edit(e.span, _normalised(e.new_text, newline)) for e in fix.edits)
    return Fix(fix.title, edits, fix.safety)


def _normalised(text: str, newline: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline)


def _preference(hint: FixHint) -> int:
    kinds = list(_MAKERS)
    return kinds.index(hint.kind) if hint.kind in kinds else len(kinds)


def _unique(fixes: list[Fix]) -> list[Fix]:
    titles: set[str] = set()
    kept = []
    for fix in fixes:
        if fix.title not in titles:
            titles.add(fix.title)
            kept.append(fix)
    return kept


def _suppression(source: str, finding: Finding) -> list[Fix]:
    if finding.code not in RULES_BY_CODE:
        return []
    edit = suppression_edit(source, finding.span.line, finding.code)
    if not edit.new_text:
        return []
    title = f"Suppress {finding.code} on this line"
    return [Fix(title, (edit,), FixSafety.UNSAFE)]
