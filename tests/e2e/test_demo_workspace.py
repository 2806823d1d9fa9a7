"""The examples (what `scripts/demo.sh` and the e2e tests open): their labels are true at runtime
and match what the engine reports.

The files users see carry no test metadata, so their labels live here. The e2e tests rely on
example 2 failing and examples 1 and 3 running fine; this proves it by executing each under
every start method, and checks the engine agrees (no editor needed).
"""

from __future__ import annotations

import ast
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.runtime.runner import START_METHODS, run_program
from vscode_harness import EXAMPLES

from picklecheck.cli.main import main
from picklecheck.engine import analyze_path
from picklecheck.engine.config import Config


@dataclass(frozen=True)
class Label:
    outcome: str  # under every start method: "ok" or "error"
    error_contains: str = ""
    findings: tuple[tuple[str, str], ...] = ()  # (code, text of the line each finding is on)


INHERITANCE_ERROR = "should only be shared between processes through inheritance"
LABELS = {
    "example1_file_in_worker.py": Label("ok"),
    "example2_shared_array.py": Label(
        "error",
        INHERITANCE_ERROR,
        (("PKL006", "pool.starmap(fill, [(i, shared_array) for i in range(10)])"),),
    ),
    "example3_getstate.py": Label("ok"),
}
TEST_METADATA = re.compile(r"#\s*(runtime|error-contains|summary):|#\s*\[PKL\d{3}")


def test_every_example_is_labelled() -> None:
    assert sorted(LABELS) == sorted(path.name for path in EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_examples_carry_no_test_metadata(name: str) -> None:
    source = (EXAMPLES / name).read_text(encoding="utf-8")
    assert not TEST_METADATA.search(source)


@pytest.mark.runtime
@pytest.mark.parametrize("start_method", START_METHODS)
@pytest.mark.parametrize("name", sorted(LABELS))
def test_example_behaves_as_labelled(name: str, start_method: str) -> None:
    label = LABELS[name]
    run = run_program(EXAMPLES / name, start_method)
    assert run.outcome == label.outcome, run.stderr
    if label.outcome == "ok":
        assert ast.literal_eval(run.stdout.strip())  # each prints a non-empty list of results
    else:
        assert label.error_contains in run.stdout + run.stderr


@pytest.mark.parametrize("name", sorted(LABELS))
def test_engine_reports_exactly_the_labelled_findings(name: str) -> None:
    lines = (EXAMPLES / name).read_text(encoding="utf-8").splitlines()
    expected = sorted(
        (code, next(n for n, line in enumerate(lines) if text in line))
        for code, text in LABELS[name].findings
    )
    report = analyze_path(EXAMPLES / name, Config())
    assert sorted((f.code, f.span.line) for f in report.findings) == expected


# What each failing example prints once it works: the squares its workers write.
FIXED_OUTPUT = {"example2_shared_array.py": str([float(i * i) for i in range(10)])}


def test_every_failing_example_has_its_fixed_output() -> None:
    assert sorted(FIXED_OUTPUT) == sorted(n for n, label in LABELS.items() if label.findings)


@pytest.mark.runtime
@pytest.mark.parametrize("name", sorted(FIXED_OUTPUT))
def test_fix_of_a_failing_example_runs_under_every_start_method(name: str, tmp_path: Path) -> None:
    """`picklecheck fix --unsafe` (the quick fixes the demo offers) on the example, then the
    fixed program is executed: no failure, the intended output, nothing left to report."""
    fixed = tmp_path / name
    shutil.copy(EXAMPLES / name, fixed)
    assert main(["fix", "--unsafe", str(fixed)]) == 0
    assert analyze_path(fixed, Config()).findings == []
    for start_method in START_METHODS:
        run = run_program(fixed, start_method)
        assert run.outcome == "ok", (start_method, run.stderr)
        assert run.stdout.strip() == FIXED_OUTPUT[name], start_method
