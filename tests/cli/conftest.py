"""Shared fixtures: hand-built check results for the formatter tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from picklecheck.cli.results import CheckResult, FileResult, FixSummary
from picklecheck.engine.model import (
    ChainStep,
    Finding,
    Report,
    Severity,
    Span,
    StartMethod,
    Statistics,
)

SHARED_ARRAY = Finding(
    code="PKL006",
    severity=Severity.ERROR,
    span=Span(9, 36, 9, 48),
    message="`shared_array` (multiprocessing.Array) is pickled as a task argument of Pool.starmap",
    runtime_error="RuntimeError: SynchronizedArray objects should only be shared between "
    "processes through inheritance",
    start_methods=frozenset(StartMethod),
    chain=(
        ChainStep(Span(9, 36, 9, 48), "task argument `shared_array`"),
        ChainStep(Span(5, 19, 5, 47), "created by multiprocessing.Array('d', 10)"),
    ),
    sink="multiprocessing.pool.Pool.starmap",
)

LAMBDA = Finding(
    code="PKL001",
    severity=Severity.ERROR,
    span=Span(2, 12, 2, 28),
    message="a lambda is pickled as the function of Pool.map",
    runtime_error="PicklingError: Can't pickle <function <lambda>>",
    start_methods=frozenset({StartMethod.SPAWN, StartMethod.FORK}),
    since=(3, 8),
    chain=(ChainStep(Span(2, 12, 2, 28), "the lambda", "src/other módulo.py"),),
    sink="multiprocessing.pool.Pool.map",
)


def _sample_result() -> CheckResult:
    first = FileResult(
        "pkg/example2.py",
        Report("pkg/example2.py", [SHARED_ARRAY], stats=Statistics(files=1, sink_calls=1)),
        [(FixSummary("Pass `shared_array` through Pool(initializer=...)", "unsafe"),)],
    )
    # Findings deliberately out of order: output must sort them by position.
    second = FileResult(
        "pkg/ünïcode.py",
        Report("pkg/ünïcode.py", [SHARED_ARRAY, LAMBDA], stats=Statistics(files=1)),
        [(), (FixSummary("Lift the lambda to a module-level def", "safe"),)],
    )
    broken = FileResult(
        "pkg/broken.py", Report("pkg/broken.py", syntax_error="invalid syntax (line 1)")
    )
    return CheckResult([first, second, broken])


@pytest.fixture
def make_sample() -> Callable[[], CheckResult]:
    """Builds a fresh result: two files with findings (one out of order) and a broken file."""
    return _sample_result
