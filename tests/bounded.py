"""Running a command from a test, bounded by its progress instead of by wall time.

Every command starts a session of its own. It is declared stuck only when no process of that
session used CPU and nothing was written to its output for `stall_seconds`; then the whole
session is killed and the test fails with what the command printed so far. A loaded machine
slows a run down, it does not fail it. Whatever the outcome, no process of the session is left
running. `tests/runtime/runner.py` (user programs, with hang as an outcome) and
`tests/profiling/programs.py` (profiled programs) build on the same session helpers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

# No CPU used by any process of the run and no output for this long: the run is stuck.
STALL_SECONDS = 30.0
# A last resort against a run that keeps spinning without ending.
RUN_CAP_SECONDS = 900.0
POLL_SECONDS = 0.1


class RunStalled(AssertionError):
    """A run made no progress for its stall limit; its processes were killed."""


def _stat_fields(pid: str) -> list[str] | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return stat[stat.rfind(")") + 2 :].split()


def session_members(session: int) -> dict[int, int]:
    """Live processes of a session (zombies excluded), with the CPU ticks each has used,
    its reaped children's included. Orphans keep their session when init adopts them."""
    members = {}
    for entry in os.listdir("/proc"):
        fields = _stat_fields(entry) if entry.isdigit() else None
        if fields and fields[0] != "Z" and int(fields[3]) == session:
            members[int(entry)] = sum(int(field) for field in fields[11:15])
    return members


def session_cpu_seconds(session: int) -> float:
    return sum(session_members(session).values()) / os.sysconf("SC_CLK_TCK")


def kill_session(session: int) -> None:
    """SIGKILL every process of the session, again until none is left (a dying parent may
    still fork)."""
    for _attempt in range(5):
        members = session_members(session)
        if not members:
            return
        for pid in members:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(POLL_SECONDS)


@dataclass
class Progress:
    """What a session has done so far: its CPU ticks, output size and process count."""

    session: int
    outputs: tuple[Path, ...]
    stall_seconds: float = STALL_SECONDS
    signature: tuple[int, int, int] = (0, 0, 0)
    last_change: float = 0.0

    def __post_init__(self) -> None:
        self.last_change = time.monotonic()

    def check(self) -> None:
        """Record progress; raise RunStalled when there was none for `stall_seconds`."""
        members = session_members(self.session)
        sizes = sum(path.stat().st_size for path in self.outputs if path.exists())
        signature = (sum(members.values()), sizes, len(members))
        now = time.monotonic()
        if signature != self.signature:
            self.signature, self.last_change = signature, now
        elif now - self.last_change > self.stall_seconds:
            raise RunStalled(
                f"no progress for {self.stall_seconds:.0f} s; processes {sorted(members)}"
            )


def run_bounded(
    command: list[str],
    cwd: Path | str | None = None,
    env: Mapping[str, str] | None = None,
    input_text: str | None = None,
    stall_seconds: float = STALL_SECONDS,
    while_running: Callable[[subprocess.Popen[bytes], Path], bool] | None = None,
    leaves_nothing_running: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run `command` (environment `env`, default the test's) to its end unless it stalls.

    `while_running(process, stdout_path)` is called at each poll until it returns True (to
    send signals mid-run, for instance). Raises RunStalled, with the output so far, when the
    run stalls or outlives RUN_CAP_SECONDS; the session is killed either way. With
    `leaves_nothing_running`, a process of the session still alive shortly after the command
    ended fails the run (it is killed too).
    """
    with tempfile.TemporaryDirectory(prefix="bounded-run-") as scratch:
        stdout_path, stderr_path = Path(scratch, "stdout"), Path(scratch, "stderr")
        stdin_path = Path(scratch, "stdin")
        stdin_path.write_text(input_text or "", encoding="utf-8")
        with (
            stdin_path.open("rb") as stdin,
            stdout_path.open("wb") as stdout,
            stderr_path.open("wb") as stderr,
        ):
            process = subprocess.Popen(
                command,
                cwd=cwd,
                env=None if env is None else dict(env),
                stdin=stdin if input_text is not None else subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,
            )
        progress = Progress(process.pid, (stdout_path, stderr_path), stall_seconds)
        try:
            _wait(process, progress, while_running)
        except RunStalled as stalled:
            kill_session(process.pid)
            process.wait()
            output = _read(stdout_path)[-2000:] + _read(stderr_path)[-2000:]
            raise RunStalled(f"{' '.join(command)}: {stalled}\n{output}") from None
        finally:
            orphans = _settled(process.pid) if leaves_nothing_running else {}
            kill_session(process.pid)  # workers it left behind
            process.wait()
        assert not orphans, f"processes left running: {sorted(orphans)}"
        return subprocess.CompletedProcess(
            command, process.returncode, _read(stdout_path), _read(stderr_path)
        )


def _wait(
    process: subprocess.Popen[bytes],
    progress: Progress,
    while_running: Callable[[subprocess.Popen[bytes], Path], bool] | None = None,
) -> None:
    deadline = time.monotonic() + RUN_CAP_SECONDS
    while process.poll() is None:
        if while_running is not None and while_running(process, progress.outputs[0]):
            while_running = None
        progress.check()
        if time.monotonic() > deadline:
            raise RunStalled(f"still running after {RUN_CAP_SECONDS:.0f} s")
        time.sleep(POLL_SECONDS)


def _settled(session: int) -> dict[int, int]:
    """The session's processes still alive after a short grace (init reaps, a forkserver
    notices its parent is gone)."""
    settle = time.monotonic() + 3.0
    while session_members(session) and time.monotonic() < settle:
        time.sleep(POLL_SECONDS)
    return session_members(session)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")
