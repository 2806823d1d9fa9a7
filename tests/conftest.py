"""Test-suite wiring shared by every directory.

The repository root goes on sys.path so helpers import as `from tests.runtime.runner import ...`
whichever way pytest is started (`tests` is a namespace package, no __init__.py needed).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = str(Path(__file__).resolve().parents[1])
if REPO_ROOT not in sys.path:
    sys.path.insert(0, REPO_ROOT)

from tests.runtime.scoring import CORPUS_SCORES, Score, score_table  # noqa: E402

_CACHE_FOLDER = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """`picklecheck check` caches results in the user's cache folder by default; tests get a
    folder of their own, removed at the end, so they neither read nor leave records there."""
    folder = tempfile.mkdtemp(prefix="picklecheck-test-cache-")
    config.stash[_CACHE_FOLDER] = folder
    os.environ["PICKLECHECK_CACHE_DIR"] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_CACHE_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Prints the corpus precision/recall per start method when the marks test ran."""
    scores = config.stash.get(CORPUS_SCORES, None)
    if scores:
        terminalreporter.section("picklecheck corpus: engine predictions vs runtime labels")
        for line in score_table(scores):
            terminalreporter.write_line(line)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Under pytest-xdist, hands this worker's scores to the controller."""
    worker_output = getattr(session.config, "workeroutput", None)
    scores = session.config.stash.get(CORPUS_SCORES, None)
    if worker_output is not None and scores:
        worker_output["corpus_scores"] = {method: vars(score) for method, score in scores.items()}


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """Under pytest-xdist, collects the scores a worker computed (see pytest_sessionfinish)."""
    worker_scores = getattr(node, "workeroutput", {}).get("corpus_scores", {})
    config: pytest.Config = node.config  # type: ignore[attr-defined]
    scores = config.stash.setdefault(CORPUS_SCORES, {})
    for method, counts in worker_scores.items():
        scores[method] = Score(**counts)


EDITOR_GROUP = pytest.mark.xdist_group("editor")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist with `--dist loadgroup` (scripts/test.sh), the tests that drive
    code-server and chromium or use the built .vsix run on one worker, one after the other: two
    editors at once would starve a 2-core machine, and the .vsix is built once per worker. The
    other worker takes the rest."""
    for item in items:
        uses_vsix = "vsix" in getattr(item, "fixturenames", ())
        if uses_vsix or item.get_closest_marker("e2e") is not None:
            item.add_marker(EDITOR_GROUP)
