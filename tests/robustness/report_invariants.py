"""What every Report must satisfy, whatever the input: shared by the robustness tests."""

from __future__ import annotations

import re

from picklecheck.engine import Report, Span
from picklecheck.engine.rules import RULES_BY_CODE

# Python ends lines at \n, \r\n and \r only (not at \f or \u2028 as str.splitlines does).
_NEWLINE = re.compile(r"\r\n|\r|\n")


def assert_well_formed(report: Report, source: str) -> None:
    """Spans point into the text, codes are known, a file that did not parse has no findings."""
    lines = _NEWLINE.split(source)
    if report.syntax_error is not None:
        assert not report.findings, "a file that did not parse cannot have findings"
    for finding in report.findings:
        assert finding.code in RULES_BY_CODE, finding.code
        assert_span_inside(finding.span, lines)
        for step in finding.chain:
            if step.path is None:
                assert_span_inside(step.span, lines)
        for hint in finding.fix_hints:
            for value in hint.data.values():
                if is_span_list(value):
                    assert_span_inside(Span(*value), lines)
    for boundary in report.boundaries:
        assert_span_inside(boundary.span, lines)
    assert report.stats.files == 1


def is_span_list(value: object) -> bool:
    """Fix hints carry spans as [line, col, end_line, end_col] lists."""
    return (
        isinstance(value, list)
        and len(value) == 4
        and all(isinstance(number, int) for number in value)
    )


def assert_span_inside(span: Span, lines: list[str]) -> None:
    assert 0 <= span.line <= span.end_line < len(lines), span
    assert 0 <= span.col <= _width(lines[span.line]), span
    assert 0 <= span.end_col <= _width(lines[span.end_line]), span
    if span.line == span.end_line:
        assert span.col <= span.end_col, span


def _width(line: str) -> int:
    return len(line)
