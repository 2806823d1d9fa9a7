"""Stopping `picklecheck profile` or its program never hangs, orphans or loses the summary.

Every run goes through programs.run_bounded: bounded by progress, and it fails if a process of
the run is still alive afterwards or the profiler's temporary directory was left behind.
"""

from __future__ import annotations

import contextlib
import os
import pstats
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.bounded import STALL_SECONDS, RunStalled, kill_session, session_members
from tests.profiling.programs import (
    PROGRAMS,
    SCRIPTS,
    START_METHODS,
    calls_of,
    other_interpreters,
    read_summary,
    run_bounded,
)

from picklecheck.profiling import launch

pytestmark = pytest.mark.runtime

INTERRUPTED = SCRIPTS / "interrupted_pool.py"
# Runs per start method here; bench/profile_stress.py runs 100 of each (docs/profiling.md).
STRESS_RUNS = int(os.environ.get("PICKLECHECK_STRESS_RUNS", "4"))


class _SignalOnceStarted:
    """Sends a signal when the program has printed "started"; again every few seconds while the
    program runs, as a user pressing Ctrl+C again would (a signal that lands just before a
    thread blocks in a lock wait is not seen until the lock is released, in any CPython)."""

    def __init__(self, signum: int, whole_group: bool, repeat_after: float | None) -> None:
        self.signum, self.whole_group, self.repeat_after = signum, whole_group, repeat_after
        self.sent_at: float | None = None

    def __call__(self, process: subprocess.Popen[bytes], stdout: Path) -> bool:
        if self.sent_at is None:
            if not stdout.read_text(encoding="utf-8").startswith("started\n"):
                return False
            time.sleep(0.5)  # the tasks have reached the workers
        elif self.repeat_after is None or time.monotonic() - self.sent_at < self.repeat_after:
            return False
        self.sent_at = time.monotonic()
        send = os.killpg if self.whole_group else os.kill
        with contextlib.suppress(ProcessLookupError):
            send(process.pid, self.signum)
        return False


def _profile_command(outdir: Path, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "picklecheck", "profile", "--outdir", str(outdir), *arguments]


def _assert_partial_summary(outdir: Path, status: int, stdout: str) -> None:
    assert f"exit status {status}" in stdout
    summary = read_summary(outdir)
    assert summary["exit_code"] == status
    roles = [process["role"] for process in summary["processes"]]
    assert roles[0] == "main"
    merged = pstats.Stats(str(outdir / "merged.prof"))
    # Both workers were napping when the signal came; each wrote its profile on the way out.
    assert calls_of(merged, INTERRUPTED, "nap_in_worker")[0] == 2


def test_ctrl_c_reaches_the_program_and_the_run_is_still_summarised(tmp_path: Path) -> None:
    outdir = tmp_path / "out"
    ctrl_c = _SignalOnceStarted(signal.SIGINT, whole_group=True, repeat_after=5.0)

    done = run_bounded(
        _profile_command(outdir, str(INTERRUPTED), "fork"), tmp_path, while_running=ctrl_c
    )

    assert done.returncode == 128 + signal.SIGINT, done.stderr
    assert "KeyboardInterrupt" in done.stderr
    _assert_partial_summary(outdir, 130, done.stdout)
    roles = [process["role"] for process in read_summary(outdir)["processes"]]
    assert roles == ["main", "worker", "worker"]


@pytest.mark.parametrize("method", ["fork", "forkserver"])
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=str)
def test_a_signal_to_the_profiler_alone_stops_the_whole_program_with_a_summary(
    signum: int, method: str, tmp_path: Path
) -> None:
    outdir = tmp_path / "out"
    # What `kill PID` or a closed terminal does: only picklecheck gets it, and passes it on.
    repeat = 5.0 if signum == signal.SIGINT else None
    stop = _SignalOnceStarted(signum, whole_group=False, repeat_after=repeat)

    done = run_bounded(
        _profile_command(outdir, str(INTERRUPTED), method), tmp_path, while_running=stop
    )

    assert done.returncode == 128 + signum, done.stderr
    _assert_partial_summary(outdir, 128 + signum, done.stdout)
    main = read_summary(outdir)["processes"][0]
    assert main["role"] == "main" and main["wall_seconds"] > 0


@contextlib.contextmanager
def _cpu_load(processes: int = 2) -> Iterator[None]:
    """Busy loops on every core, as on the shared CI machine where the hangs showed up."""
    spinner = "import time\nend = time.monotonic() + 3600\nwhile time.monotonic() < end: pass\n"
    spinners = [
        subprocess.Popen([sys.executable, "-c", spinner], start_new_session=True)
        for _ in range(processes)
    ]
    try:
        yield
    finally:
        for process in spinners:
            kill_session(process.pid)
            process.wait()


@pytest.mark.parametrize("method", START_METHODS)
def test_profiling_many_times_under_cpu_load_never_hangs(method: str, tmp_path: Path) -> None:
    pool_map = PROGRAMS[0]
    with _cpu_load():
        for attempt in range(STRESS_RUNS):
            outdir = tmp_path / f"run-{attempt}"
            done = run_bounded(_profile_command(outdir, str(pool_map.path), method), tmp_path)
            assert done.returncode == 0, (attempt, done.stderr)
            merged = pstats.Stats(str(outdir / "merged.prof"))
            assert calls_of(merged, pool_map.path, "square_in_pool")[0] == 8, attempt


@pytest.mark.parametrize("python", other_interpreters())
def test_nested_fork_under_other_versions_and_cpu_load_never_hangs(
    python: str, tmp_path: Path
) -> None:
    nested = PROGRAMS[3]
    with _cpu_load():
        for attempt in range(STRESS_RUNS):
            outdir = tmp_path / f"run-{attempt}"
            command = _profile_command(outdir, "--python", python, str(nested.path), "fork")
            done = run_bounded(command, tmp_path)
            assert done.returncode == 0, (attempt, done.stderr)
            merged = pstats.Stats(str(outdir / "merged.prof"))
            assert calls_of(merged, nested.path, "leaf_in_grandchild")[0] >= 4, attempt


def _run_in_a_terminal(command: list[str], typed: bytes, private_tmp: Path) -> tuple[int, str]:
    """Run a command as the foreground job of a new pseudo-terminal, type into it, read it all.

    Bounded by progress like run_bounded: no CPU used in the session and no output for
    STALL_SECONDS counts as a hang (a background process reading the terminal is stopped).
    """
    pid, terminal = pty.fork()
    if pid == 0:  # the child: session leader with the terminal as its controlling terminal
        os.execve(command[0], command, {**os.environ, "TMPDIR": str(private_tmp)})
    output, last_change, ticks = b"", time.monotonic(), -1
    os.write(terminal, typed)
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], 0.2)
            try:
                chunk = os.read(terminal, 4096) if ready else b""
            except OSError:  # EIO: every process holding the terminal is gone
                break
            if ready and not chunk:
                break
            now_ticks = sum(session_members(pid).values())
            if chunk or now_ticks != ticks:
                output, ticks, last_change = output + chunk, now_ticks, time.monotonic()
            elif time.monotonic() - last_change > STALL_SECONDS:
                raise RunStalled(f"no progress for {STALL_SECONDS:.0f} s: {output!r}")
    finally:
        kill_session(pid)
        os.close(terminal)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")


def test_a_program_reading_the_terminal_gets_it_while_profiled(tmp_path: Path) -> None:
    script = tmp_path / "ask.py"
    script.write_text("print('you said', input('? '))\n", encoding="utf-8")
    command = [*_profile_command(tmp_path / "out", "--top", "0"), str(script)]

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()

    status, output = _run_in_a_terminal(command, b"hello\n", private_tmp)

    # In a background process group, input() would be stopped by SIGTTIN: the program must
    # own the terminal while it runs, and picklecheck take it back for the summary.
    assert status == 0, output
    assert "you said hello" in output
    assert "exit status 0" in output
    assert not list(private_tmp.glob("picklecheck-profile-*"))


def test_a_childs_signal_echoed_into_the_parents_pipe_does_not_end_the_parent(
    tmp_path: Path,
) -> None:
    """A forked worker writes its signals to the wakeup pipe it inherited until its at-fork
    hook replaces it: a pool terminating a worker it has just started must not end the process
    that started it (this ended a nested-fork run with `exit code -15` under load)."""
    outdir = tmp_path / "profile"
    done = run_bounded(_profile_command(outdir, str(SCRIPTS / "fork_echo.py"), "fork"), tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "survived 0"
    assert (outdir / "merged.prof").exists()


IGNORES_SIGTERM = "import signal, sys, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
BUSY_THEN_DONE = IGNORES_SIGTERM + (
    "end = time.monotonic() + 3\nwhile time.monotonic() < end: pass\nsys.exit(7)\n"
)
ASLEEP = IGNORES_SIGTERM + "time.sleep(60)\n"
# Asleep through the first SIGTERM as a main thread blocked in a lock wait is; ends at the next.
ENDS_AT_THE_SECOND_SIGTERM = (
    "import signal, sys, time\nseen = []\n"
    "def stop(signum, frame):\n    seen.append(signum)\n    if len(seen) == 2:\n"
    "        sys.exit(5)\n"
    "signal.signal(signal.SIGTERM, stop)\ntime.sleep(60)\n"
)


def _stopped_by_supervisor(source: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, float]:
    """Run `source`, send it SIGTERM through the supervisor, return (status, seconds to end)."""
    monkeypatch.setattr(launch, "STOP_GRACE_SECONDS", 1.0)
    monkeypatch.setattr(launch, "STOP_RESEND_SECONDS", 0.3)
    supervisor = launch._Supervisor()
    program = supervisor.start([sys.executable, "-c", source], dict(os.environ), None)
    try:
        time.sleep(0.5)  # the handler is installed
        started = time.monotonic()
        supervisor.forward(signal.SIGTERM)
        status = supervisor.wait()
        return status, time.monotonic() - started
    finally:
        with contextlib.suppress(ProcessLookupError):  # its own group: nothing is left behind
            os.killpg(program.pid, signal.SIGKILL)
        program.wait()


def test_a_stopped_program_still_working_is_not_killed_after_the_grace(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """It uses CPU (writing its profiles, on a loaded machine): it ends by itself."""
    status, _seconds = _stopped_by_supervisor(BUSY_THEN_DONE, monkeypatch)
    assert status == 7


def test_a_stopped_program_asleep_through_the_signal_gets_it_again_before_the_kill(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, _seconds = _stopped_by_supervisor(ENDS_AT_THE_SECOND_SIGTERM, monkeypatch)
    assert status == 5


def test_a_stopped_program_that_makes_no_progress_is_killed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status, seconds = _stopped_by_supervisor(ASLEEP, monkeypatch)
    assert status == -signal.SIGKILL
    assert seconds < 30
