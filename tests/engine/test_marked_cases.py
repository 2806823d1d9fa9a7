"""Engine cases with many boundaries per file: each line marked `# PKLxxx` must get exactly that
finding and each line marked `# ok` none. (Whole-program run-time labels live in tests/corpus,
where every program is executed.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from picklecheck.engine import analyze_path

CASES = sorted((Path(__file__).parent / "cases").glob("*.py"))
MARK = re.compile(r"#\s*(PKL\d{3}|ok)\b")


def expected_marks(path: Path) -> dict[int, str]:
    marks = {}
    for number, line in enumerate(path.read_text().splitlines(), 1):
        match = MARK.search(line)
        if match:
            marks[number] = match.group(1)
    return marks


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_marked_lines(path: Path) -> None:
    report = analyze_path(path)
    found: dict[int, set[str]] = {}
    for finding in report.findings:
        found.setdefault(finding.span.line + 1, set()).add(finding.code)
    marks = expected_marks(path)
    assert marks, "a case file without marks tests nothing"
    for line, mark in marks.items():
        expected = set() if mark == "ok" else {mark}
        assert found.get(line, set()) == expected, (
            f"line {line}: {path.read_text().splitlines()[line - 1]}"
        )
    unexpected = set(found) - set(marks)
    assert not unexpected, f"unmarked findings on lines {sorted(unexpected)}"
