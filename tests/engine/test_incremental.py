"""Incremental re-analysis (engine/incremental.py) must equal a full analysis, and must reuse.

Random edit sequences over the runtime corpus, the engine cases and a generated benchmark
program: after every edit the incremental result is compared with `analyze_source` on the same
text (findings with their messages, chains and fix hints, and boundaries).
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from tests.runtime.runner import corpus_files

from picklecheck.engine import Config, analyze_source
from picklecheck.engine.incremental import LINE_KEYS, SPAN_KEYS, IncrementalAnalyzer
from picklecheck.engine.model import Report

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate_program  # noqa: E402

CASES = sorted((ROOT / "tests" / "engine" / "cases").glob("*.py"))
PROGRAMS = [*corpus_files(), *CASES]
# Hint data that holds no position in the analysed file.
OPAQUE_KEYS = frozenset(
    {"path", "name", "method", "primitive", "class", "attrs", "variable", "sink", "role"}
    | {"kind", "length", "typecode"}
)
IDENTIFIER = re.compile(r"\b[A-Za-z_]\w*\b")


def comparable(report: Report) -> tuple[object, ...]:
    findings = sorted(
        (
            f.code,
            f.span,
            f.severity.value,
            f.message,
            tuple(sorted(m.value for m in f.start_methods)),
            f.chain,
            repr(f.fix_hints),
        )
        for f in report.findings
    )
    return (report.syntax_error, findings, sorted(b.span for b in report.boundaries))


def edited(lines: list[str], donor: list[str], chooser: random.Random) -> list[str]:
    """One random edit: the kinds an editor session makes, valid or not."""
    lines = list(lines)
    at = chooser.randrange(len(lines) + 1)
    kind = chooser.randrange(9)
    if kind == 0 and lines:  # delete a line
        del lines[min(at, len(lines) - 1)]
    elif kind == 1 and lines:  # duplicate a line
        index = min(at, len(lines) - 1)
        lines.insert(index, lines[index])
    elif kind == 2:  # blank line or comment
        lines.insert(at, chooser.choice(["", "# a comment", "    # indented comment"]))
    elif kind == 3 and len(lines) > 1:  # swap neighbours
        index = min(at, len(lines) - 2)
        lines[index], lines[index + 1] = lines[index + 1], lines[index]
    elif kind == 4 and donor:  # a line from another program
        lines.insert(at, chooser.choice(donor))
    elif kind == 5 and donor:  # a stretch of another program
        start = chooser.randrange(len(donor))
        lines[at:at] = donor[start : start + chooser.randint(2, 12)]
    elif kind == 6 and lines:  # a number changes
        index = min(at, len(lines) - 1)
        lines[index] = re.sub(r"\d+", str(chooser.randint(0, 99)), lines[index], count=1)
    elif kind == 7 and lines:  # a name changes into another name of the file
        index = min(at, len(lines) - 1)
        names = IDENTIFIER.findall("\n".join(lines))
        found = list(IDENTIFIER.finditer(lines[index]))
        if names and found:
            hit = chooser.choice(found)
            text = lines[index]
            lines[index] = text[: hit.start()] + chooser.choice(names) + text[hit.end() :]
    elif lines:  # a line's indentation changes
        index = min(at, len(lines) - 1)
        stripped = lines[index].lstrip()
        lines[index] = " " * chooser.choice([0, 4, 8]) + stripped
    return lines


def check_sequence(path: Path, source: str, donors: list[Path], seed: int, edits: int) -> None:
    chooser = random.Random(seed)
    config = Config()
    analyzer = IncrementalAnalyzer(str(path))
    lines = source.split("\n")
    assert comparable(analyzer.analyze(source, config)) == comparable(
        analyze_source(source, str(path), config)
    )
    for step in range(edits):
        donor = chooser.choice(donors).read_text(encoding="utf-8").split("\n")
        lines = edited(lines, donor, chooser)
        text = "\n".join(lines)
        incremental = analyzer.analyze(text, config)
        full = analyze_source(text, str(path), config)
        assert comparable(incremental) == comparable(full), (
            f"edit {step} ({analyzer.last_mode}) of {path.name}:\n{text}"
        )


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_random_edits_equal_a_full_analysis(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    check_sequence(path, source, PROGRAMS, seed=sum(map(ord, path.name)), edits=12)


def test_random_edits_of_a_large_program(tmp_path: Path) -> None:
    path = tmp_path / "generated.py"
    source = generate_program(600)
    path.write_text(source)
    check_sequence(path, source, PROGRAMS, seed=7, edits=40)


def test_a_local_edit_reuses_the_rest_of_a_large_file() -> None:
    source = generate_program(1000)
    config = Config()
    analyzer = IncrementalAnalyzer("generated.py")
    analyzer.analyze(source, config)
    assert analyzer.last_mode == "full"
    lines = source.split("\n")
    revision = next(i for i, line in enumerate(lines) if line.startswith("REVISION_3 "))
    lines[revision] = "REVISION_3 = 42"
    report = analyzer.analyze("\n".join(lines), config)
    assert analyzer.last_mode in ("reused", "partial") and analyzer.last_share < 0.05
    assert comparable(report) == comparable(analyze_source("\n".join(lines), config=config))


def test_an_edit_reaches_a_boundary_in_another_statement() -> None:
    before = (
        "import multiprocessing\n\n"
        "def make_worker():\n    return abs\n\n"
        + "".join(f"def unrelated_{i}():\n    return {i}\n\n" for i in range(6))
        + "if __name__ == '__main__':\n"
        "    with multiprocessing.Pool(2) as pool:\n"
        "        pool.map(make_worker(), [1, 2])\n"
    )
    after = before.replace("return abs", "return lambda x: x")
    analyzer = IncrementalAnalyzer("edit.py")
    analyzer.analyze(before, Config())
    report = analyzer.analyze(after, Config())
    assert analyzer.last_mode == "partial" and analyzer.last_share < 1
    assert [f.code for f in report.findings] == ["PKL001"]
    sink_line = after.split("\n").index("        pool.map(make_worker(), [1, 2])")
    assert report.findings[0].span.line == sink_line  # not the edited statement's line


def test_lines_moved_by_an_edit_move_reused_findings() -> None:
    source = (
        "import multiprocessing\n\n"
        "def setup():\n    return 1\n\n"
        "if __name__ == '__main__':\n"
        "    with multiprocessing.Pool(2) as pool:\n"
        "        pool.map(lambda x: x, [1, 2])\n"
    )
    analyzer = IncrementalAnalyzer("moved.py")
    first = analyzer.analyze(source, Config())
    moved = source.replace("def setup():\n", "def setup():\n    '''Two more\n    lines.'''\n")
    second = analyzer.analyze(moved, Config())
    assert analyzer.last_mode in ("reused", "partial")
    assert [f.span.line for f in second.findings] == [f.span.line + 2 for f in first.findings]
    assert comparable(second) == comparable(analyze_source(moved, "moved.py"))


def test_every_fix_hint_key_is_classified() -> None:
    """A new position-holding hint key must be added to SPAN_KEYS or LINE_KEYS, or reused
    findings would carry stale positions into quick fixes."""
    known = SPAN_KEYS | LINE_KEYS | OPAQUE_KEYS
    unknown: set[str] = set()
    for path in PROGRAMS:
        report = analyze_source(path.read_text(encoding="utf-8"), str(path))
        for finding in report.findings:
            for hint in finding.fix_hints:
                unknown |= set(hint.data) - known
    assert not unknown, f"classify these fix-hint keys in engine/incremental.py: {unknown}"


def test_a_cancelled_analysis_is_counted_and_never_reused() -> None:
    """An editor cancels analyses of superseded texts. Whatever part of the analysis notices
    first (the boundary search loop or an inference), the result counts as cut short, so the
    incremental analyzer does not build on it."""
    source = generate_program(300)
    analyzer = IncrementalAnalyzer("cancelled.py")
    cancelled = Config(cancelled=lambda: True)
    report = analyzer.analyze(source, cancelled)
    assert report.stats.budget_exceeded > 0
    assert analyze_source(source, "cancelled.py", cancelled).stats.budget_exceeded > 0
    analyzer.analyze(source.replace("REVISION_1 = ", "REVISION_1 = 7"), Config())
    assert analyzer.last_mode == "full"


def test_a_start_method_set_by_an_imported_helper_is_never_built_on(tmp_path: Path) -> None:
    """Which statement calls the helper is not known from the text: adding or removing that
    call must give what a full analysis gives, never reused verdicts."""
    (tmp_path / "boot_helper.py").write_text(
        "import multiprocessing\n\n\ndef configure():\n"
        '    multiprocessing.set_start_method("fork", force=True)\n'
    )
    unrelated = "".join(f"def unrelated_{i}():\n    return {i}\n\n" for i in range(12))
    head = f"import multiprocessing\nfrom boot_helper import configure\n\n{unrelated}"
    guard = (
        "if __name__ == '__main__':\n"
        "    process = multiprocessing.Process(target=lambda: print(1))\n"
        "    process.start()\n    process.join()\n"
    )
    without = head + guard
    with_call = head + "configure()\n\n" + guard
    path = tmp_path / "main.py"
    analyzer = IncrementalAnalyzer(str(path))
    config = Config()
    for text in (without, with_call, without):
        incremental = analyzer.analyze(text, config)
        assert comparable(incremental) == comparable(analyze_source(text, str(path), config))
    assert [f.code for f in analyzer.analyze(with_call, config).findings] == []
