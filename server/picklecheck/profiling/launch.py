"""Run the user's program under the per-process profiler.

The program runs in a fresh interpreter exactly as `python script.py args` (or `python -m
module args`) would run it, so its functions really live in `__main__` and pickling by reference
works under every start method. The profiler comes in through `sitecustomize` (see bootstrap.py),
which every process of the run imports, spawn and forkserver children included.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from picklecheck.profiling import bootstrap

# The VS Code extension runs picklecheck with its bundled libraries on PYTHONPATH and hands over
# the user's own PYTHONPATH here: the user's program must see the user's path, not ours.
USER_PYTHONPATH_VARIABLE = "PICKLECHECK_USER_PYTHONPATH"

# The private directory holding bootstrap.py as sitecustomize.py (summary.py recognises it).
BOOTSTRAP_DIR_PREFIX = "picklecheck-profile-"
# Files a previous run left in the output directory; other files are never touched.
OUTPUT_PATTERNS = ("main-*.prof", "main-*.json", "worker-*.prof", "worker-*.json", "flame-*.svg")
OUTPUT_FILES = ("merged.prof", "summary.json", "flame.svg", "profile.speedscope.json")


@dataclass(frozen=True)
class Target:
    """What to run: a script path, or a module name as with `python -m`."""

    name: str
    args: tuple[str, ...]
    is_module: bool = False

    def command(self, python: str) -> list[str]:
        entry = ["-m", self.name] if self.is_module else [self.name]
        return [python, *entry, *self.args]


def clear_previous_output(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    stale = [path for pattern in OUTPUT_PATTERNS for path in outdir.glob(pattern)]
    stale += [outdir / name for name in OUTPUT_FILES]
    for path in stale:
        path.unlink(missing_ok=True)


def profiled_environment(bootstrap_dir: Path, outdir: Path) -> dict[str, str]:
    environment = dict(os.environ)
    user_path = environment.pop(USER_PYTHONPATH_VARIABLE, None)
    if user_path is None:
        user_path = environment.get("PYTHONPATH", "")
    entries = [str(bootstrap_dir), *filter(None, user_path.split(os.pathsep))]
    environment["PYTHONPATH"] = os.pathsep.join(entries)
    environment[bootstrap.OUTDIR_VARIABLE] = str(outdir.resolve())
    environment[bootstrap.MAIN_VARIABLE] = "1"
    return environment


# Signals that, sent to `picklecheck profile` alone, are passed on to the program's process group.
FORWARDED_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)
# After SIGTERM/SIGHUP the program writes its profiles and ends; its group gets SIGKILL once
# none of its processes has used CPU for STOP_GRACE_SECONDS (stuck, or asleep ignoring the
# signal), or STOP_CAP_SECONDS after the signal whatever it does. Progress, not wall time: on a
# loaded machine writing the profiles can take longer, and killing then loses them.
STOP_GRACE_SECONDS = 10.0
STOP_CAP_SECONDS = 60.0
# A process may sleep through the first signal: the kernel hands it to any thread, and a main
# thread blocked in a lock wait never runs its handler; its watcher thread ignores a signal read
# just after a fork (a pool replacing workers that died of the same signal). So the signal goes
# again each time the group has used no CPU for this long, before the grace runs out.
STOP_RESEND_SECONDS = 2.0
_PROGRESS_POLL_SECONDS = 0.25
# Once the program's main process is gone: how long its other processes may take to end by
# themselves (the forkserver and resource tracker notice at once), then after SIGTERM.
LEFTOVER_GRACE_SECONDS = (2.0, 3.0, 2.0)
_POLL_SECONDS = 0.05


class _Supervisor:
    """Runs the program in its own process group and passes stop signals on to that group."""

    def __init__(self) -> None:
        self.program: subprocess.Popen[bytes] | None = None
        self.pending: list[int] = []
        self.killer: threading.Thread | None = None
        self.ended = threading.Event()

    def on_signal(self, signum: int, frame: object) -> None:
        if self.program is None:
            self.pending.append(signum)  # arrived before the program started
        else:
            self.forward(signum)

    def forward(self, signum: int) -> None:
        assert self.program is not None
        self._signal_group(signum)
        if signum != signal.SIGINT and self.killer is None:
            # A thread, so that the wait below can block without polling.
            self.killer = threading.Thread(
                target=self._kill_when_stuck, args=(signum,), daemon=True
            )
            self.killer.start()

    def _kill_when_stuck(self, signum: int) -> None:
        assert self.program is not None
        started = last_progress = last_sent = time.monotonic()
        last_cpu = group_cpu_ticks(self.program.pid)
        while not self.ended.wait(_PROGRESS_POLL_SECONDS):
            now = time.monotonic()
            cpu = group_cpu_ticks(self.program.pid)
            if cpu is not None and cpu != last_cpu:
                last_cpu, last_progress = cpu, now
            if now - last_progress >= STOP_GRACE_SECONDS or now - started >= STOP_CAP_SECONDS:
                self._signal_group(signal.SIGKILL)
                return
            if now - max(last_progress, last_sent) >= STOP_RESEND_SECONDS:
                self._signal_group(signum)
                last_sent = now

    def _signal_group(self, signum: int) -> None:
        assert self.program is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.program.pid, signum)

    def start(
        self, command: list[str], environment: dict[str, str], stdout: int | None
    ) -> subprocess.Popen[bytes]:
        self.program = subprocess.Popen(command, env=environment, stdout=stdout, process_group=0)
        for signum in self.pending:
            self.forward(signum)
        return self.program

    def wait(self) -> int:
        """The program's exit status (its group is killed if it outlives a stop signal's grace)."""
        assert self.program is not None
        try:
            return self.program.wait()
        finally:
            self.ended.set()


@contextlib.contextmanager
def _signals_go_to(supervisor: _Supervisor) -> Iterator[None]:
    """Install the forwarding handlers (main thread only; elsewhere the defaults stay)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, supervisor.on_signal) for signum in FORWARDED_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextlib.contextmanager
def _terminal_foreground(process_group: int) -> Iterator[None]:
    """Give the terminal to the program's group, so Ctrl+C and reading stdin work as without us."""
    try:
        terminal = sys.stdin.fileno() if sys.stdin is not None and sys.stdin.isatty() else None
        if terminal is not None and os.tcgetpgrp(terminal) == os.getpgrp():
            os.tcsetpgrp(terminal, process_group)
        else:
            terminal = None
    except (OSError, ValueError):
        terminal = None
    try:
        yield
    finally:
        if terminal is not None:
            _take_the_terminal_back(terminal)


def _take_the_terminal_back(terminal: int) -> None:
    # From a background group tcsetpgrp raises SIGTTOU, which would stop us.
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    try:
        with contextlib.suppress(OSError):
            os.tcsetpgrp(terminal, os.getpgrp())
    finally:
        signal.signal(signal.SIGTTOU, previous)


def group_cpu_ticks(process_group: int) -> int | None:
    """CPU ticks used by the live processes of a group, their reaped children's included;
    None where /proc is not there to tell (then only the wall-time grace applies)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    ticks = 0
    for fields in _process_stats(proc):
        if len(fields) > 14 and int(fields[2]) == process_group:
            ticks += sum(int(field) for field in fields[11:15])
    return ticks


def _process_stats(proc: Path) -> Iterator[list[str]]:
    """The fields after the command name of every process's /proc/PID/stat."""
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        yield stat[stat.rfind(")") + 2 :].split()


def _live_members(process_group: int) -> bool:
    """Whether a process of the group is still alive (zombies waiting for init do not count)."""
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(process_group, 0)
        except (ProcessLookupError, PermissionError):
            return False
        return True
    return any(
        len(fields) > 2 and fields[0] != "Z" and int(fields[2]) == process_group
        for fields in _process_stats(proc)
    )


def _group_ends_within(process_group: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while _live_members(process_group):
        if time.monotonic() > deadline:
            return False
        time.sleep(_POLL_SECONDS)
    return True


def end_leftover_processes(process_group: int) -> None:
    """Nothing of the program outlives it: SIGTERM (profiles get written), then SIGKILL."""
    steps = zip((None, signal.SIGTERM, signal.SIGKILL), LEFTOVER_GRACE_SECONDS, strict=True)
    for signum, grace in steps:
        if signum is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process_group, signum)
        if _group_ends_within(process_group, grace):
            return


def _stderr_descriptor() -> int:
    try:
        return sys.stderr.fileno()
    except (AttributeError, ValueError, OSError):  # replaced by an object without a file
        return 2


def run_profiled(
    target: Target,
    outdir: Path,
    python: str,
    *,
    timer: str = "wall",
    program_output_to_stderr: bool = False,
) -> int:
    """Run the target with every process profiled into outdir; returns its exit status.

    outdir must exist (see clear_previous_output). timer is "wall" or "cpu" (bootstrap.py).
    With program_output_to_stderr the program's stdout goes to our stderr (for --json).
    SIGTERM, SIGHUP and SIGINT sent to this process go to the program's process group;
    whatever ends the program, its leftover processes are ended and the temporary directory
    is removed.
    """
    supervisor = _Supervisor()
    with tempfile.TemporaryDirectory(prefix=BOOTSTRAP_DIR_PREFIX) as temporary:
        bootstrap_dir = Path(temporary)
        shutil.copyfile(bootstrap.__file__, bootstrap_dir / "sitecustomize.py")
        environment = profiled_environment(bootstrap_dir, outdir)
        environment[bootstrap.TIMER_VARIABLE] = timer
        stdout = _stderr_descriptor() if program_output_to_stderr else None
        with _signals_go_to(supervisor):
            program = supervisor.start(target.command(python), environment, stdout)
            try:
                with _terminal_foreground(program.pid):
                    status = supervisor.wait()
            finally:
                end_leftover_processes(program.pid)
    # A program killed by a signal exits like a shell reports it.
    return 128 - status if status < 0 else status
