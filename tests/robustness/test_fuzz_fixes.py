"""Hypothesis fuzzing of the quick fixes: whatever the layout of a program, every fix the engine
offers applies cleanly and leaves a file Python can still parse, and `fix_all` terminates with a
parseable file. (Whether fixed programs run correctly is proven by executing them in
tests/fixes; this only hunts for fixes that break code under unusual but valid layouts.)
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from picklecheck.engine import analyze_source
from picklecheck.engine.fixes import apply_edits, fix_all, fixes_for

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from generate import generate_program  # noqa: E402

BAD_EXAMPLES = sorted((REPO / "docs" / "rule_examples").glob("PKL*_bad.py"))
FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

Layout = Callable[[str], str]


def tabs(source: str) -> str:
    return re.sub(r"(?m)^((?:    )+)", lambda m: "\t" * (len(m.group(1)) // 4), source)


def two_space_indent(source: str) -> str:
    return re.sub(r"(?m)^((?:    )+)", lambda m: "  " * (len(m.group(1)) // 4), source)


def crlf(source: str) -> str:
    return source.replace("\n", "\r\n")


def form_feed_sections(source: str) -> str:
    return source.replace("\n\n", "\n\x0c\n", 1)


def non_ascii_comments(source: str) -> str:
    return re.sub(r"(?m)^(\S.*)$", lambda m: m.group(1) + "  # résumé ✓ データ", source, count=3)


def no_trailing_newline(source: str) -> str:
    return source.rstrip("\n")


def semicolons(source: str) -> str:
    """Two simple statements joined on one line where a line holds only `pass` or an import."""
    return re.sub(r"(?m)^(import \w+)\n(import \w+)$", r"\1; \2", source)


LAYOUTS: list[Layout] = [
    tabs,
    two_space_indent,
    crlf,
    form_feed_sections,
    non_ascii_comments,
    no_trailing_newline,
    semicolons,
]
PROGRAMS = st.one_of(
    st.sampled_from(BAD_EXAMPLES).map(lambda path: path.read_text()),
    st.integers(40, 160).map(generate_program),
)


def laid_out(program: str, layouts: list[Layout]) -> str:
    for layout in layouts:
        program = layout(program)
    return program


def parses(source: str) -> bool:
    try:
        ast.parse(source)
    except SyntaxError:
        return False
    return True


@FUZZ
@given(program=PROGRAMS, layouts=st.lists(st.sampled_from(LAYOUTS), max_size=3, unique=True))
def test_every_offered_fix_leaves_a_parseable_file(program: str, layouts: list[Layout]) -> None:
    source = laid_out(program, layouts)
    assume(parses(source))
    for finding in analyze_source(source, "prog.py").findings:
        for fix in fixes_for(source, finding):
            event(f"{finding.code}: {fix.title.split()[0]}")
            fixed = apply_edits(source, fix.edits)
            assert parses(fixed), f"{fix.title} broke the file"


@settings(FUZZ, max_examples=15)
@given(program=PROGRAMS, layouts=st.lists(st.sampled_from(LAYOUTS), max_size=3, unique=True))
def test_fix_all_ends_with_a_parseable_file(program: str, layouts: list[Layout]) -> None:
    source = laid_out(program, layouts)
    assume(parses(source))
    findings = analyze_source(source, "prog.py").findings
    assert parses(fix_all(source, findings, "prog.py"))
