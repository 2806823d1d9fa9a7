"""Every quick fix, applied to real failing programs: the result parses, is formatted, is
stable, no longer reported, and (runtime) runs under fork and spawn printing what the
hand-written correct version prints."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from tests.fixes.fixcases import UPDATE, FixCase, analyse, fixed_source, load_cases
from tests.runtime.runner import parse_header, run_program

from picklecheck.engine.fixes import fixes_for
from picklecheck.engine.rules import RULES_BY_CODE, Severity

CASES = load_cases()
METHODS = ("fork", "spawn")


def by_name(case: FixCase) -> str:
    return case.name


def informational(case: FixCase) -> bool:
    """An INFO rule (PKL013) flags programs that work: its fix must keep their output."""
    rule = RULES_BY_CODE.get(case.code)
    return rule is not None and rule.severity is Severity.INFO


def test_there_are_at_least_30_cases() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=by_name)
def test_fix_gives_the_reviewed_text(case: FixCase) -> None:
    fixed = fixed_source(case)
    assert fixed != case.before.read_text(encoding="utf-8")
    ast.parse(fixed)
    if UPDATE:
        case.expected.write_text(fixed, encoding="utf-8")
    assert fixed == case.expected.read_text(encoding="utf-8")


@pytest.mark.parametrize("case", CASES, ids=by_name)
def test_fixed_program_is_no_longer_reported(case: FixCase) -> None:
    fixed = case.expected.read_text(encoding="utf-8")
    findings = analyse(fixed, case.before)
    if case.code == "all":
        assert findings == []
        return
    assert [f.code for f in findings if f.code == case.code] == []
    again = [
        fix.title
        for finding in findings
        for fix in fixes_for(fixed, finding)
        if fix.title.startswith(case.title_prefix)
    ]
    assert again == []


@pytest.mark.parametrize("case", CASES, ids=by_name)
def test_fixed_program_is_formatted(case: FixCase) -> None:
    fixed = case.expected.read_text(encoding="utf-8")
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "-"],
        input=fixed,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert formatted == fixed


@pytest.mark.runtime
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("case", CASES, ids=by_name)
def test_fix_makes_the_program_run(case: FixCase, method: str) -> None:
    header = parse_header(case.before)
    if informational(case):
        assert (header.labels["fork"], header.labels["spawn"]) == ("ok", "ok")
    else:
        assert "error" in (header.labels["fork"], header.labels["spawn"])
    before = run_program(case.before, method)
    assert before.outcome == header.labels[method], before.stderr
    if before.outcome == "error":
        assert header.error_contains in before.stdout + before.stderr
    correct = run_program(case.correct, method)
    assert correct.outcome == "ok", correct.stderr
    fixed = run_program(fixed_source(case), method)
    assert fixed.outcome == "ok", fixed.stderr
    assert fixed.stdout == correct.stdout
    if informational(case):
        assert before.stdout == correct.stdout  # the program worked: the fix keeps its output
