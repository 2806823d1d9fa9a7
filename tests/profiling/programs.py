"""Real multi-process scripts, run directly, under `picklecheck profile` and under cProfile.

Every run is bounded by progress, not by wall time (`tests/bounded.py`): it is declared hung
only when no process of its session used CPU and nothing was written to its output for
STALL_SECONDS; then the whole session is killed. A loaded machine slows a run down, it does
not fail it.
"""

from __future__ import annotations

import json
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests import bounded

SCRIPTS = Path(__file__).parent / "scripts"
START_METHODS = ("fork", "spawn", "forkserver")


def run_bounded(
    command: list[str],
    cwd: Path,
    extra_environment: dict[str, str] | None = None,
    while_running: Callable[[subprocess.Popen[bytes], Path], bool] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`tests.bounded.run_bounded` with a private TMPDIR: fails if the run leaves a process
    of its session alive or a profiler temporary directory behind."""
    with tempfile.TemporaryDirectory(prefix="profiling-run-") as private_tmp:
        environment = {**os.environ, "TMPDIR": private_tmp, **(extra_environment or {})}
        completed = bounded.run_bounded(
            command,
            cwd,
            environment,
            while_running=while_running,
            leaves_nothing_running=True,
        )
        left = sorted(path.name for path in Path(private_tmp).glob("picklecheck-profile-*"))
        assert not left, f"temporary directories left: {left}"
        return completed


@dataclass(frozen=True)
class WorkerCall:
    """A function of the script that only workers run, and how often the script calls it."""

    function: str
    calls: int
    depth: int  # 1: a child of the main process, 2: a grandchild


@dataclass(frozen=True)
class Program:
    script: str
    worker_calls: tuple[WorkerCall, ...]

    @property
    def path(self) -> Path:
        return SCRIPTS / self.script


PROGRAMS = (
    Program("pool_map.py", (WorkerCall("square_in_pool", 8, 1),)),
    Program("executor_map.py", (WorkerCall("cube_in_executor", 6, 1),)),
    Program("process_join.py", (WorkerCall("count_in_process", 3, 1),)),
    Program(
        "nested_workers.py",
        (WorkerCall("branch_in_child", 1, 1), WorkerCall("leaf_in_grandchild", 4, 2)),
    ),
)


def run(
    command: list[str], cwd: Path, extra_environment: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_bounded(command, cwd, extra_environment)


def run_directly(program: Program, method: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, str(program.path), method], cwd)


def run_profiled(
    program: Program, method: str, outdir: Path, *options: str
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "picklecheck", "profile", "--outdir", str(outdir)]
    return run([*command, *options, str(program.path), method], outdir.parent)


def read_summary(outdir: Path) -> dict[str, Any]:
    summary: dict[str, Any] = json.loads((outdir / "summary.json").read_text(encoding="utf-8"))
    return summary


def calls_of(stats: pstats.Stats, script: Path, function: str) -> tuple[int, float]:
    """(call count, own time) of a function of the script in pstats data, (0, 0.0) if absent."""
    table: dict[tuple[str, int, str], tuple[Any, ...]] = stats.stats  # type: ignore[attr-defined]
    for (file, _line, name), entry in table.items():
        if name == function and Path(file).name == script.name:
            return int(entry[1]), float(entry[2])
    return 0, 0.0


def other_interpreters() -> list[str]:
    """Other CPython versions on this machine (PATH or pyenv) to run the bootstrap under."""
    pyenv_versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = []
    for version in ("3.12", "3.13"):
        candidates = [shutil.which(f"python{version}")]
        candidates += [
            str(path) for path in sorted(pyenv_versions.glob(f"{version}.*/bin/python{version}"))
        ]
        for candidate in filter(None, candidates):
            if run([candidate, "-c", "pass"], Path.cwd()).returncode == 0:
                found.append(candidate)
                break
    return found
