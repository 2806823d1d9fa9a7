"""Fix verification: a fix is offered only when the engine, re-analysing the fixed text, no
longer reports the finding it fixes and reports nothing it did not report before.

Re-analysis goes through the incremental analyzer primed with the unfixed text, so only the
statements an edit reaches are analysed again. All checks of one text share one time budget
(the engine's per-file budget by default): a check that would need more, or whose analysis is
cut short, withholds its fix. A fix is absent rather than unproven.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from picklecheck.engine.config import Config
from picklecheck.engine.cpu_clock import CpuDeadline
from picklecheck.engine.fixes.source import apply_edits, line_starts
from picklecheck.engine.model import Finding, Fix

if TYPE_CHECKING:  # imported when first used: it brings astroid, which fixes alone need not
    from picklecheck.engine.analyzer import Outcome
    from picklecheck.engine.incremental import IncrementalAnalyzer

FindingKey = tuple[str, str]
# A whole-file analysis runs at roughly this pace (bench: 6k lines in 12 s, cold); a check that
# needs one is not started when the budget left cannot pay for it (cancellation cannot stop
# astroid building a tree, so starting it would overrun the budget).
_FULL_ANALYSIS_LINES_PER_SECOND = 500


def finding_key(finding: Finding) -> FindingKey:
    """What identifies a finding across an edit that moves lines: its rule and its message
    (which names the value and the boundary, never a line number)."""
    return finding.code, finding.message


class FixChecker:
    """Checks fixes of one text. `analyzer`, when given, has just analysed `source` completely
    (the editor's own analyzer, branched); so has `outcome` (a complete `analyze_outcome` of
    it), which a first check that needs it adopts; otherwise the first check analyses the
    text once."""

    def __init__(
        self,
        source: str,
        path: str = "<string>",
        config: Config | None = None,
        *,
        findings: Sequence[Finding] | None = None,
        analyzer: IncrementalAnalyzer | None = None,
        outcome: Outcome | None = None,
        budget_seconds: float | None = None,
    ) -> None:
        self.source = source
        self.path = path
        self.config = config or Config()
        self.budget_seconds = (
            self.config.file_budget_seconds if budget_seconds is None else budget_seconds
        )
        self.checked = 0  # analyses run, for tests and the benchmark
        self.withheld_for_budget = 0
        self._analyzer = analyzer if analyzer is not None and analyzer.knows(source) else None
        self._outcome = outcome if self._analyzer is None else None
        known = (self._analyzer is not None or self._outcome is not None) and findings is not None
        self._before = Counter(map(finding_key, findings or [])) if known else None
        self._deadline: CpuDeadline | None = None
        self._verdicts: dict[tuple[FindingKey, str], bool] = {}
        self._starts: list[int] | None = None  # line offsets of `source`, for every fix

    def accepts(self, finding: Finding, fix: Fix) -> bool:
        """Whether `fix` removes `finding` and adds no finding (memoised per fixed text)."""
        if self._starts is None:
            self._starts = line_starts(self.source)
        try:
            fixed = apply_edits(self.source, fix.edits, self._starts)
        except ValueError:
            return False
        key = (finding_key(finding), fixed)
        if key not in self._verdicts:
            self._verdicts[key] = self._check(finding, fixed)
        return self._verdicts[key]

    def _check(self, finding: Finding, fixed: str) -> bool:
        if fixed == self.source or self._baseline() is None:
            return False
        counts = self._counts_around_the_edit(fixed) or self._counts_of_both(fixed)
        if counts is None:
            return False
        before, after = counts
        target = finding_key(finding)
        if after[target] >= before[target]:
            return False  # the finding is still there
        return all(count <= before[key] for key, count in after.items())

    def _counts_around_the_edit(
        self, fixed: str
    ) -> tuple[Counter[FindingKey], Counter[FindingKey]] | None:
        """Only the statements the fix reaches are compared: the rest is the same before and
        after, and moving its findings to their new lines is most of a large file's cost."""
        analyzer = self._adopted()
        if not self._afford() or analyzer is None:
            return None
        change = analyzer.branch().changed_findings(fixed, self._config())
        if change is None:
            return None
        self.checked += 1
        if not change.complete:
            return Counter(), Counter({("", "cut short"): 1})  # unproven: rejected
        return Counter(map(finding_key, change.before)), Counter(map(finding_key, change.after))

    def _counts_of_both(self, fixed: str) -> tuple[Counter[FindingKey], Counter[FindingKey]] | None:
        after = self._findings_of(fixed)
        return None if after is None or self._before is None else (self._before, after)

    def _afford(self) -> bool:
        self._start_clock()
        if self._remaining() > 0:
            return True
        self.withheld_for_budget += 1
        return False

    def _baseline(self) -> Counter[FindingKey] | None:
        if self._before is None:
            from picklecheck.engine.incremental import IncrementalAnalyzer

            self._start_clock()
            analyzer = IncrementalAnalyzer(self.path)
            report = analyzer.analyze(self.source, self.config)
            if report.syntax_error is not None or report.stats.budget_exceeded:
                return None
            self._analyzer, self._before = analyzer, Counter(map(finding_key, report.findings))
        return self._before

    def _adopted(self) -> IncrementalAnalyzer | None:
        """The analyzer, adopting the given outcome on first need: a text whose findings get
        no fix candidate never pays for splitting it into statements."""
        if self._analyzer is None and self._outcome is not None:
            from picklecheck.engine.incremental import IncrementalAnalyzer

            analyzer = IncrementalAnalyzer(self.path)
            analyzer.adopt(self.source, self.config, self._outcome)
            self._analyzer, self._outcome = analyzer, None
        return self._analyzer

    def _findings_of(self, fixed: str) -> Counter[FindingKey] | None:
        analyzer = self._adopted()
        if not self._afford() or analyzer is None:
            return None
        if fixed.count("\n") / _FULL_ANALYSIS_LINES_PER_SECOND > self._remaining():
            self.withheld_for_budget += 1
            return None
        self.checked += 1
        report = analyzer.branch().analyze(fixed, self._config())
        if report.syntax_error is not None or report.stats.budget_exceeded:
            return None
        return Counter(map(finding_key, report.findings))

    def _config(self) -> Config:
        """Checks stop at the shared deadline (a changed budget would make the incremental
        analyzer treat the configuration as new and analyse everything)."""
        asked = self.config.cancelled

        def cancelled() -> bool:
            spent = self._deadline is None or self._deadline.passed()
            return spent or (asked is not None and asked())

        return replace(self.config, cancelled=cancelled)

    def renew_budget(self) -> None:
        """A new budget for more checks (an editor asking for one finding's fixes later)."""
        self._deadline = None

    def _start_clock(self) -> None:
        # CPU time of this thread, like the analysis's budget: a loaded machine slows the checks
        # down without withholding fixes that an idle one would offer.
        if self._deadline is None:
            self._deadline = CpuDeadline(self.budget_seconds)

    def _remaining(self) -> float:
        return self._deadline.remaining() if self._deadline is not None else 0.0
