"""Fix verification (`FixChecker`): a fix is offered only when re-analysing the fixed text shows
its finding gone and nothing new; a check the budget cannot pay for withholds the fix."""

from __future__ import annotations

import textwrap
from pathlib import Path

from picklecheck.engine import analyze_source
from picklecheck.engine.config import Config
from picklecheck.engine.fixes import FixChecker, apply_edits, fixes_for
from picklecheck.engine.incremental import IncrementalAnalyzer
from picklecheck.engine.model import Edit, Fix, FixSafety, Span

TESTS = Path(__file__).parents[1]
LAMBDA = textwrap.dedent(
    """
    import multiprocessing


    def show(x):
        return x


    if __name__ == "__main__":
        with multiprocessing.Pool(2) as pool:
            print(pool.map(lambda x: x + 1, [1, 2]))
    """
).lstrip()
LAMBDA_LINE = 9


def replacing_line(line: int, text: str) -> Fix:
    return Fix("test fix", (Edit(Span(line, 0, line + 1, 0), text),), FixSafety.SAFE)


def test_a_real_fix_is_accepted_and_checked_once() -> None:
    finding = analyze_source(LAMBDA, "p.py").findings[0]
    checker = FixChecker(LAMBDA, "p.py")
    fix = fixes_for(LAMBDA, finding, checker)[0]
    assert fix.title.startswith("Lift the lambda")
    assert checker.accepts(finding, fix) and checker.checked == 1  # the verdict is remembered


def test_a_fix_that_leaves_the_finding_is_rejected() -> None:
    finding = analyze_source(LAMBDA, "p.py").findings[0]
    same = replacing_line(LAMBDA_LINE, "        print(pool.map(lambda x: x + 2, [1, 2]))\n")
    assert not FixChecker(LAMBDA, "p.py").accepts(finding, same)


def test_a_fix_that_adds_a_finding_is_rejected() -> None:
    finding = analyze_source(LAMBDA, "p.py").findings[0]
    moved = replacing_line(
        LAMBDA_LINE, "        print(pool.map(show, [1, 2]), pool.map(show, [lambda: 0]))\n"
    )
    assert apply_edits(LAMBDA, moved.edits) != LAMBDA
    assert not FixChecker(LAMBDA, "p.py").accepts(finding, moved)
    fixed = replacing_line(LAMBDA_LINE, "        print(pool.map(show, [1, 2]))\n")
    assert FixChecker(LAMBDA, "p.py").accepts(finding, fixed)


def test_no_budget_no_fix() -> None:
    finding = analyze_source(LAMBDA, "p.py").findings[0]
    checker = FixChecker(LAMBDA, "p.py", budget_seconds=0.0)
    assert [fix.title for fix in fixes_for(LAMBDA, finding, checker)] == [
        "Suppress PKL001 on this line"
    ]
    assert checker.withheld_for_budget >= 1


def test_an_editor_analyzer_is_reused_not_run_again() -> None:
    analyzer = IncrementalAnalyzer("p.py")
    report = analyzer.analyze(LAMBDA, Config())
    checker = FixChecker(
        LAMBDA, "p.py", Config(), findings=report.findings, analyzer=analyzer.branch()
    )
    assert fixes_for(LAMBDA, report.findings[0], checker)[0].title.startswith("Lift")
    again = analyzer.analyze(LAMBDA, Config())  # the editor's analyzer kept its own version
    assert analyzer.last_mode == "reused" and again.findings == report.findings


def test_most_fixes_on_the_corpus_pass_verification() -> None:
    """Verification must not quietly withhold everything: count what it lets through."""
    offered = 0
    for path in sorted((TESTS / "corpus").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        findings = analyze_source(source, str(path)).findings
        checker = FixChecker(source, str(path), findings=findings)
        for finding in findings:
            offered += len(fixes_for(source, finding, checker)) - 1  # minus the suppression
    assert offered >= 40
