"""Real multi-process scripts, run directly, under `picklecheck profile` and under cProfile.

Every run is bounded by progress, not by wall time: it starts a session of its own, and it is
declared hung only when no process of that session used CPU and nothing was written to its
output for STALL_SECONDS; then the whole session is killed. A loaded machine slows a run down,
it does not fail it.
"""

from __future__ import annotations

import contextlib
import json
import os
import pstats
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).parent / "scripts"
START_METHODS = ("fork", "spawn", "forkserver")
# No CPU used by any process of the run and no output for this long: the run is hung.
STALL_SECONDS = 30.0
# A last resort against a run that keeps spinning without ending.
RUN_CAP_SECONDS = 900.0
_POLL_SECONDS = 0.1


class RunStalled(AssertionError):
    """A run made no progress for STALL_SECONDS; its processes were killed."""


def _stat_fields(pid: str) -> list[str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return stat[stat.rfind(")") + 2 :].split()


def session_members(session: int) -> dict[int, int]:
    """Live processes of a session (zombies excluded), with the CPU ticks each has used.

    Orphans keep their session when init adopts them, so this finds them too.
    """
    members = {}
    for entry in os.listdir("/proc"):
        fields = _stat_fields(entry) if entry.isdigit() else None
        if fields and fields[0] != "Z" and int(fields[3]) == session:
            members[int(entry)] = int(fields[11]) + int(fields[12])
    return members


def kill_session(session: int) -> None:
    for _attempt in range(5):
        members = session_members(session)
        if not members:
            return
        for pid in members:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(_POLL_SECONDS)


@dataclass
class _Progress:
    session: int
    outputs: tuple[Path, ...]
    signature: tuple[int, int, int] = (0, 0, 0)
    last_change: float = 0.0

    def check(self) -> None:
        """Record progress; raise RunStalled when there was none for STALL_SECONDS."""
        members = session_members(self.session)
        sizes = sum(path.stat().st_size for path in self.outputs if path.exists())
        signature = (sum(members.values()), sizes, len(members))
        now = time.monotonic()
        if signature != self.signature:
            self.signature, self.last_change = signature, now
        elif now - self.last_change > STALL_SECONDS:
            raise RunStalled(f"no progress for {STALL_SECONDS:.0f} s; processes {sorted(members)}")


def _assert_nothing_left_behind(session: int, private_tmp: Path) -> None:
    settle = time.monotonic() + 3.0  # init reaps, the forkserver notices its parent is gone
    while session_members(session) and time.monotonic() < settle:
        time.sleep(_POLL_SECONDS)
    orphans = session_members(session)
    kill_session(session)
    assert not orphans, f"processes left running: {sorted(orphans)}"
    left = sorted(path.name for path in private_tmp.glob("picklecheck-profile-*"))
    assert not left, f"temporary directories left: {left}"


def run_bounded(
    command: list[str],
    cwd: Path,
    extra_environment: dict[str, str] | None = None,
    while_running: Callable[[subprocess.Popen[bytes], Path], bool] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run a command in a new session, bounded by its progress; kill the session on failure.

    while_running(process, stdout_path) is called at each poll until it returns True (to
    send signals mid-run, for instance). Fails if the run leaves a process of its session
    alive or a profiler temporary directory behind (TMPDIR is private to the run).
    """
    with tempfile.TemporaryDirectory(prefix="profiling-run-") as scratch:
        private_tmp = Path(scratch, "tmp")
        private_tmp.mkdir()
        environment = {**os.environ, "TMPDIR": str(private_tmp), **(extra_environment or {})}
        stdout_path, stderr_path = Path(scratch, "stdout"), Path(scratch, "stderr")
        with stdout_path.open("wb") as stdout, stderr_path.open("wb") as stderr:
            process = subprocess.Popen(
                command,
                cwd=cwd,
                env=environment,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,
            )
        progress = _Progress(process.pid, (stdout_path, stderr_path), last_change=time.monotonic())
        deadline = time.monotonic() + RUN_CAP_SECONDS
        try:
            while process.poll() is None:
                if while_running is not None and while_running(process, stdout_path):
                    while_running = None
                progress.check()
                if time.monotonic() > deadline:
                    raise RunStalled(f"still running after {RUN_CAP_SECONDS:.0f} s")
                time.sleep(_POLL_SECONDS)
        finally:
            if process.poll() is None:
                kill_session(process.pid)
                process.wait()
        _assert_nothing_left_behind(process.pid, private_tmp)
        return subprocess.CompletedProcess(
            command,
            process.returncode,
            stdout_path.read_text(encoding="utf-8", errors="replace"),
            stderr_path.read_text(encoding="utf-8", errors="replace"),
        )


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
