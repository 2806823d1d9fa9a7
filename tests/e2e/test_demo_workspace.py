"""The demo workspace's labels are true at runtime and match what the engine reports.

The e2e tests rely on example 2 failing and examples 1 and 3 running fine; this proves it by
executing them under every start method, and checks the CLI agrees (no editor needed).
"""

from __future__ import annotations

import ast

import pytest
from programs import START_METHODS, run_program
from vscode_harness import REPO

from picklecheck.engine import analyze_path
from picklecheck.engine.config import Config

DEMO = REPO / "tests/workspaces/demo"
FAILS = "example2_shared_array.py"
RUNS_FINE = ("example1_file_in_worker.py", "example3_getstate.py")
INHERITANCE_ERROR = "should only be shared between processes through inheritance"


@pytest.mark.runtime
@pytest.mark.parametrize("start_method", START_METHODS)
def test_example2_fails_under_every_start_method(start_method: str) -> None:
    run = run_program(DEMO / FAILS, start_method)
    assert run.returncode != 0
    assert INHERITANCE_ERROR in run.stderr


@pytest.mark.runtime
@pytest.mark.parametrize("start_method", START_METHODS)
@pytest.mark.parametrize("name", RUNS_FINE)
def test_clean_examples_run_fine(name: str, start_method: str) -> None:
    run = run_program(DEMO / name, start_method)
    assert run.returncode == 0, run.stderr
    assert ast.literal_eval(run.stdout.strip())  # each prints a non-empty list of results


def test_engine_flags_only_example2_at_the_shared_array_argument() -> None:
    flagged = {}
    for path in sorted(DEMO.glob("*.py")):
        report = analyze_path(path, Config())
        flagged[path.name] = [(f.code, f.span.line) for f in report.findings]
    starmap_line = next(
        i
        for i, line in enumerate((DEMO / FAILS).read_text().splitlines())
        if "pool.starmap" in line
    )
    assert flagged == {
        "example1_file_in_worker.py": [],
        FAILS: [("PKL006", starmap_line)],
        "example3_getstate.py": [],
    }


def test_demo_workspace_is_a_copy_of_examples() -> None:
    """demo.sh opens examples/ in code-server; the e2e tests check the same files."""
    examples = REPO / "examples"
    names = sorted(p.name for p in examples.glob("*.py"))
    assert names == sorted(p.name for p in DEMO.glob("*.py"))
    for name in names:
        assert (DEMO / name).read_text() == (examples / name).read_text(), name
