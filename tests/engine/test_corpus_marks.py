"""The engine against the runtime-verified corpus (tests/corpus, see docs/corpus.md).

1. Per file: the findings under the default Config are exactly the inline `# [PKLxxx]` marks.
2. Per start method m: a file is predicted to fail when the engine, configured with m as the
   default start method, reports a non-INFO finding; the prediction is scored against the
   file's `# runtime:` label for m. False alarms are not allowed outside KNOWN_GAPS; the
   precision/recall table is printed at the end of the session.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.runtime.runner import CORPUS_DIR, ENTRY_MODULE, corpus_files, parse_header
from tests.runtime.scoring import CORPUS_SCORES, Score

from picklecheck.engine import analyze_source
from picklecheck.engine.config import Config
from picklecheck.engine.model import Severity, StartMethod
from picklecheck.engine.rules import RULES_BY_CODE

MARK = re.compile(r"#\s*\[(PKL\d{3}(?:\s*,\s*PKL\d{3})*)\]")

# Files the analyzer does not get right yet, relative to tests/corpus. The lead shrinks this list
# as the analyzer grows; a file that starts passing shows up as XPASS in the summary.
KNOWN_GAPS: dict[str, str] = {}

CORPUS = corpus_files()


@pytest.fixture(autouse=True)
def _internal_errors_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine error on a corpus program fails its test instead of silencing the file."""
    monkeypatch.setenv("PICKLECHECK_RAISE_INTERNAL", "1")


def corpus_id(path: Path) -> str:
    return path.relative_to(CORPUS_DIR).as_posix()


def marks(source: str) -> set[tuple[int, str]]:
    """(1-based line, code) for every `# [PKLxxx, ...]` mark."""
    found = set()
    for number, line in enumerate(source.splitlines(), 1):
        if match := MARK.search(line):
            found |= {(number, code.strip()) for code in match[1].split(",")}
    return found


def findings_by_line(source: str, path: Path, config: Config | None = None) -> set[tuple[int, str]]:
    report = analyze_source(source, str(path), config)
    return {(finding.span.line + 1, finding.code) for finding in report.findings}


def analysed_files(path: Path) -> list[Path]:
    """The files of a program whose findings are its marks: the program itself, and for a
    program of several modules also each other module that carries a mark (a boundary in a
    decorator's module, reached by the functions another module decorates)."""
    if path.name != ENTRY_MODULE:
        return [path]
    others = sorted(p for p in path.parent.rglob("*.py") if p != path)
    return [path, *(p for p in others if marks(p.read_text(encoding="utf-8")))]


def gap_marker(path: Path) -> list[pytest.MarkDecorator]:
    reason = KNOWN_GAPS.get(corpus_id(path))
    if reason is None:
        return []
    return [pytest.mark.xfail(strict=False, reason=f"analyzer not yet complete: {reason}")]


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=corpus_id(p), marks=gap_marker(p)) for p in CORPUS]
)
def test_findings_equal_marks(path: Path) -> None:
    for file in analysed_files(path):
        source = file.read_text(encoding="utf-8")
        expected = marks(source)
        found = findings_by_line(source, file)
        assert found == expected, (
            f"{file.name}: missing {sorted(expected - found)}, "
            f"unexpected {sorted(found - expected)}"
        )


def test_known_gaps_name_corpus_files() -> None:
    assert set(KNOWN_GAPS) <= {corpus_id(path) for path in CORPUS}


def test_marks_name_real_rules_on_code_lines() -> None:
    for path in CORPUS:
        lines = path.read_text(encoding="utf-8").splitlines()
        for line, code in marks("\n".join(lines)):
            assert code in RULES_BY_CODE, f"{corpus_id(path)}:{line}: unknown rule {code}"
            assert not lines[line - 1].lstrip().startswith("#"), f"{corpus_id(path)}:{line}"


def test_every_failing_program_is_marked() -> None:
    """A program that fails or hangs under any start method must carry a mark."""
    unmarked = [
        corpus_id(path)
        for path in CORPUS
        if set(parse_header(path).labels.values()) != {"ok"}
        and not any(marks(file.read_text(encoding="utf-8")) for file in analysed_files(path))
    ]
    assert not unmarked


def predicts_failure(path: Path, method: StartMethod) -> bool:
    """Whether the engine expects the program to fail when `method` is the default start method.

    Config(start_method=...) sets only the default: the engine drops findings that cannot fail
    under it, but keeps those pinned by an explicit get_context("spawn") or mp_context=, whose
    start_methods name the pinned method. So every non-INFO finding reported is a prediction.
    """
    config = Config(start_method=method)
    reports = [
        analyze_source(file.read_text(encoding="utf-8"), str(file), config)
        for file in analysed_files(path)
    ]
    return any(f.severity is not Severity.INFO for report in reports for f in report.findings)


@pytest.mark.parametrize("method", list(StartMethod), ids=lambda m: m.value)
def test_no_false_alarms_per_start_method(
    method: StartMethod, request: pytest.FixtureRequest
) -> None:
    score = Score()
    false_alarms = []
    for path in CORPUS:
        predicted = predicts_failure(path, method)
        failed = parse_header(path).labels[method.value] != "ok"
        score.add(predicted, failed)
        if predicted and not failed and corpus_id(path) not in KNOWN_GAPS:
            false_alarms.append(corpus_id(path))
    request.config.stash.setdefault(CORPUS_SCORES, {})[method.value] = score
    assert not false_alarms, f"flagged but runs fine under {method.value}: {false_alarms}"
