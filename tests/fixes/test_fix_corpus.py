"""Every fix offered anywhere in the runtime corpus and the engine cases applies cleanly and
leaves a program that parses: fixes never produce broken text, whatever they meet."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from picklecheck.engine import analyze_source
from picklecheck.engine.fixes import apply_edits, fixes_for

TESTS = Path(__file__).parents[1]
PROGRAMS = sorted([*(TESTS / "corpus").rglob("*.py"), *(TESTS / "engine" / "cases").rglob("*.py")])


def test_the_corpus_is_there() -> None:
    assert len(PROGRAMS) > 50


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: str(p.relative_to(TESTS)))
def test_every_offered_fix_applies_and_parses(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for finding in analyze_source(source, str(path)).findings:
        offered = fixes_for(source, finding)
        assert offered[-1].title.startswith("Suppress"), finding
        for fix in offered:
            fixed = apply_edits(source, fix.edits)
            assert fixed != source, fix.title
            ast.parse(fixed)
