"""Every fix offered anywhere in the runtime corpus and the engine cases applies cleanly, leaves
a program that parses, and passes the check `fixes_for` promises: a full analysis of the fixed
text (what `picklecheck check` says) no longer reports the finding and reports nothing new."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from picklecheck.engine import analyze_source
from picklecheck.engine.fixes import FixChecker, apply_edits, fixes_for
from picklecheck.engine.fixes.verify import finding_key

TESTS = Path(__file__).parents[1]
PROGRAMS = sorted([*(TESTS / "corpus").rglob("*.py"), *(TESTS / "engine" / "cases").rglob("*.py")])


def test_the_corpus_is_there() -> None:
    assert len(PROGRAMS) > 50


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: str(p.relative_to(TESTS)))
def test_every_offered_fix_applies_and_parses(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    findings = analyze_source(source, str(path)).findings
    before = Counter(map(finding_key, findings))
    checker = FixChecker(source, str(path), findings=findings)
    for finding in findings:
        offered = fixes_for(source, finding, checker)
        assert offered[-1].title.startswith("Suppress"), finding
        for fix in offered:
            fixed = apply_edits(source, fix.edits)
            assert fixed != source, fix.title
            ast.parse(fixed)
            if fix is offered[-1]:
                continue  # the suppression: reported no more by design
            after = Counter(map(finding_key, analyze_source(fixed, str(path)).findings))
            assert after[finding_key(finding)] < before[finding_key(finding)], fix.title
            assert not after - before, (fix.title, after - before)
