"""What `picklecheck check` found, in the shape every output format renders."""

from __future__ import annotations

from dataclasses import dataclass, field

from picklecheck.engine.model import Finding, Report, Severity, Statistics


@dataclass(frozen=True)
class FixSummary:
    title: str
    safety: str  # "safe" or "unsafe"


@dataclass
class FileResult:
    """One file's report plus the fixes on offer for each finding (same order)."""

    path: str  # as shown to users: relative to the working directory when inside it
    report: Report
    fixes: list[tuple[FixSummary, ...]] = field(default_factory=list)
    internal_error: str | None = None  # a picklecheck bug; the file is skipped, not the run

    def fixes_for(self, index: int) -> tuple[FixSummary, ...]:
        return self.fixes[index] if index < len(self.fixes) else ()

    def fix_safety(self, index: int) -> str | None:
        """ "safe" if `picklecheck fix` fixes it, "unsafe" if only `fix --unsafe` does."""
        safeties = {fix.safety for fix in self.fixes_for(index)}
        return "safe" if "safe" in safeties else ("unsafe" if safeties else None)


@dataclass
class CheckResult:
    files: list[FileResult]

    def findings(self) -> list[tuple[FileResult, int, Finding]]:
        """Every finding with its file and index, in file order then position."""
        ordered: list[tuple[FileResult, int, Finding]] = []
        for result in self.files:
            ranked = sorted(enumerate(result.report.findings), key=lambda item: item[1].sort_key)
            ordered.extend((result, index, finding) for index, finding in ranked)
        return ordered

    def failing(self) -> list[Finding]:
        """Findings that fail the run: informational ones (like PKL012) are shown only."""
        return [f for _, _, f in self.findings() if f.severity is not Severity.INFO]

    def fixable_counts(self) -> tuple[int, int]:
        """(findings with a safe fix, findings with only unsafe fixes)."""
        kinds = [r.fix_safety(i) for r, i, _ in self.findings()]
        return kinds.count("safe"), kinds.count("unsafe")

    def statistics(self) -> Statistics:
        total = Statistics()
        for result in self.files:
            total.merge(result.report.stats)
        return total

    def counts_by_code(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, _, finding in self.findings():
            counts[finding.code] = counts.get(finding.code, 0) + 1
        return dict(sorted(counts.items()))

    def problems(self) -> list[tuple[str, str]]:
        """Files that could not be checked: (path, why)."""
        found = []
        for result in self.files:
            if result.internal_error is not None:
                found.append((result.path, f"internal error: {result.internal_error}"))
            elif result.report.syntax_error is not None:
                found.append((result.path, " ".join(result.report.syntax_error.split())))
        return found
