"""The server's quick fixes have their own budget: past it, findings get no fixes (the
suppression is still offered by code actions) and the result is complete all the same."""

from __future__ import annotations

from picklecheck.engine.config import Config
from picklecheck.lsp.analysis import Job, prepare_fixes, run_job
from picklecheck.lsp.settings import Settings

SOURCE = (
    "import multiprocessing\n\n\ndef main():\n    with multiprocessing.Pool() as pool:\n"
    + "".join(f"        pool.map(lambda x: x + {i}, [1])\n" for i in range(3))
)


def job() -> Job:
    return Job("untitled:a", None, SOURCE, 1, 1, 0, Settings(), Config(), "utf-16")


def test_fixes_past_the_budget_are_left_out() -> None:
    result = prepare_fixes(run_job(job()), budget_seconds=0.0)
    assert result.fixes_ready and len(result.report.findings) == 3
    assert result.fixes == {0: [], 1: [], 2: []}


def test_fixes_within_the_budget_are_all_there() -> None:
    result = prepare_fixes(run_job(job()))
    assert result.fixes_ready
    assert all(fixes[0].title.startswith("Lift the lambda") for fixes in result.fixes.values())
