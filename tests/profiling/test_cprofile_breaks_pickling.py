"""The bug `picklecheck profile` exists for: `python -m cProfile script.py` on this Python.

cProfile (before 3.14) runs the script in a dict named `__main__` while sys.modules["__main__"]
stays cProfile's own module, so pickling a script function by reference fails. Where nothing is
pickled (Process targets under fork) the script runs, but the profile has no worker in it.
"""

from __future__ import annotations

import itertools
import pstats
import sys
from pathlib import Path

import pytest
from tests.profiling.programs import (
    PROGRAMS,
    START_METHODS,
    Program,
    calls_of,
    run,
    run_directly,
)

pytestmark = [
    pytest.mark.runtime,
    pytest.mark.skipif(
        sys.version_info >= (3, 14), reason="cProfile runs scripts in a real __main__ since 3.14"
    ),
]

# Only Process targets under fork are never pickled.
RUNS_UNDER_CPROFILE = {("process_join.py", "fork")}
FAILING = [
    (program, method)
    for program, method in itertools.product(PROGRAMS, START_METHODS)
    if (program.script, method) not in RUNS_UNDER_CPROFILE
]


def _run_under_cprofile(program: Program, method: str, cwd: Path) -> tuple[str, str, Path]:
    output = cwd / "cprofile.prof"
    command = [sys.executable, "-m", "cProfile", "-o", str(output), str(program.path), method]
    done = run(command, cwd)
    return done.stdout, done.stderr, output


@pytest.mark.parametrize(
    ("program", "method"), FAILING, ids=[f"{p.script}-{m}" for p, m in FAILING]
)
def test_pickling_a_script_function_fails_under_cprofile(
    program: Program, method: str, tmp_path: Path
) -> None:
    direct = run_directly(program, method, tmp_path)
    assert direct.returncode == 0, direct.stderr

    stdout, stderr, _ = _run_under_cprofile(program, method, tmp_path)

    # cProfile swallows SystemExit, so the exit status does not always show the failure.
    assert direct.stdout not in stdout
    first_pickled = next(
        call.function
        for call in program.worker_calls
        if f"attribute lookup {call.function} on __main__ failed" in stderr
    )
    assert f"Can't pickle <function {first_pickled} at " in stderr


def test_cprofile_sees_no_worker_where_the_script_does_run(tmp_path: Path) -> None:
    program = next(p for p in PROGRAMS if p.script == "process_join.py")
    direct = run_directly(program, "fork", tmp_path)

    stdout, stderr, output = _run_under_cprofile(program, "fork", tmp_path)

    assert stdout == direct.stdout, stderr
    assert calls_of(pstats.Stats(str(output)), program.path, "count_in_process") == (0, 0.0)
