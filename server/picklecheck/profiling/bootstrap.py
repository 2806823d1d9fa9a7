"""Per-process profiler, installed as `sitecustomize` in every process of a profiled run.

`picklecheck profile` copies this file into a private directory as `sitecustomize.py` and puts
that directory first on PYTHONPATH, so every Python process of the run imports it at start-up:
the script's own process, spawn children, the forkserver and the resource tracker. It must only
use the standard library: the user's interpreter runs it, which may not have picklecheck.

Each profiled process writes `<role>-<pid>.prof` (pstats format) and `<role>-<pid>.json`
(pid, parent, start method, wall time) into $PICKLECHECK_PROFILE_DIR when it ends.
multiprocessing children leave through `os._exit` (fork, forkserver) or are killed with SIGTERM
(`Pool.terminate`, daemonic children at exit), where `atexit` never runs, so children also dump
when `BaseProcess._bootstrap` returns, and every profiled process dumps on SIGTERM and SIGHUP.

A Python signal handler alone is not enough for that: it runs only when the main thread gets
back to the interpreter, and a worker blocked in `SemLock.acquire` can sleep through the signal
(it lands between the last check and the futex wait). So the C-level handler's wakeup fd is
read by a small thread that dumps and ends the process at once, and a process that terminates
a worker sends SIGTERM again, then SIGKILL, if the worker does not end after a short grace.
"""

from __future__ import annotations

import _thread
import atexit
import contextlib
import cProfile
import importlib.machinery
import importlib.util
import json
import os
import signal
import sys
import time
import types
from typing import Any

OUTDIR_VARIABLE = "PICKLECHECK_PROFILE_DIR"
# "wall" (default) or "cpu": what function times measure (`picklecheck profile --timer`).
TIMER_VARIABLE = "PICKLECHECK_PROFILE_TIMER"
# Present only in the environment of the script's own process; it removes it at start-up so
# that none of its children mistake themselves for the main process.
MAIN_VARIABLE = "PICKLECHECK_PROFILE_MAIN"

# Modules whose frames call os.fork() to start a multiprocessing child.
_FORKING_MODULES = {
    "multiprocessing.popen_fork": "fork",
    "multiprocessing.forkserver": "forkserver",
}

# The profiler of this process and what the dump needs to know about it.
_state: dict[str, Any] = {}
# Held while a profile is written: the signal watcher thread and the main thread may both try.
_dump_lock = _thread.allocate_lock()
# Signals that end a process by default and after which its profile must still be written.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)
# Wakeup pipe (read end, write end) of this process's signal watcher thread.
_watcher_pipe: list[int] = []
# A worker asked to stop gets this long to end before SIGTERM again, then as long before SIGKILL.
STOP_GRACE_SECONDS = 2.0
# A child forked a moment ago still writes its signals to this process's wakeup pipe until its
# at-fork hook points them elsewhere: a stop signal read this soon after a fork may be the
# child's (a pool terminating a worker it just started), so the watcher leaves it to the main
# thread's Python handler, which runs only for a signal this process really got. A real one the
# main thread sleeps through comes again from the terminating side (SIGTERM again, then KILL).
FORK_ECHO_SECONDS = 0.5
_last_fork = [float("-inf")]  # time.monotonic() of this process's latest fork


def _now() -> float:
    return time.time()


def _start(role: str, start_method: str | None) -> None:
    _stop_inherited_profilers()
    cpu_timer = os.environ.get(TIMER_VARIABLE) == "cpu"
    # The CPU time of the profiled (main) thread: under load it does not stretch like wall time.
    profiler = cProfile.Profile(time.thread_time) if cpu_timer else cProfile.Profile()
    _state.clear()
    _state.update(
        profiler=profiler,
        role=role,
        pid=os.getpid(),
        ppid=os.getppid(),
        start_method=start_method,
        start=_now(),
        cpu_start=time.process_time(),
        timer="cpu" if cpu_timer else "wall",
        phase="running",
        paused_by=None,
        paused_at=0.0,
        paused_seconds=0.0,
    )
    try:
        _ENABLE(profiler)
    except ValueError as exc:  # another sys.monitoring profiler holds the tool id (3.12+)
        _state.clear()
        print(f"picklecheck profile: process {os.getpid()} not profiled: {exc}", file=sys.stderr)


def _stop_inherited_profilers() -> None:
    """A forked child inherits the running profilers of its parent, ours and the program's.

    The program's own profiler keeps collecting in the child for nobody (its data never goes
    back to the parent) and, on 3.12+, holds the sys.monitoring tool id: stop both.
    """
    for profiler in (_state.get("profiler"), _state.get("paused_by")):
        if profiler is not None:
            _DISABLE(profiler)


# The profiler methods themselves, kept before the program's profilers are taught to pause ours.
_ENABLE = cProfile.Profile.enable
_DISABLE = cProfile.Profile.disable


def _programs_profilers_pause_ours() -> None:
    """Let the program run its own cProfile (e.g. `cProfile.run(...)` around a Pool call).

    Only one profiler can be active at a time (setprofile before 3.12, a sys.monitoring tool id
    from 3.12, where a second one raises ValueError), so ours pauses while the program's runs.
    """

    def enable(self: Any, *args: Any, **kwargs: Any) -> Any:
        ours = _state.get("profiler")
        ours_running = _state.get("phase") == "running" and _state.get("paused_by") is None
        if ours is not None and self is not ours and ours_running:
            _DISABLE(ours)
            _state["paused_by"] = self
            _state["paused_at"] = _now()
        return _ENABLE(self, *args, **kwargs)

    def disable(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = _DISABLE(self, *args, **kwargs)
        if _state.get("paused_by") is self:
            _state["paused_by"] = None
            _state["paused_seconds"] += _now() - _state["paused_at"]
            if _state["phase"] == "running":
                _ENABLE(_state["profiler"])
        return result

    cProfile.Profile.enable = enable  # type: ignore[method-assign]
    cProfile.Profile.disable = disable  # type: ignore[method-assign]


def _multiprocessing_identity() -> tuple[str | None, int | None]:
    """This process's multiprocessing name and the pid of the process that started it.

    The parent is not always os.getppid(): forkserver children are forked by the forkserver.
    """
    process_module = sys.modules.get("multiprocessing.process")
    if process_module is None:
        return None, None
    try:
        parent = process_module.parent_process()
        return str(process_module.current_process().name), None if parent is None else parent.pid
    except Exception:
        return None, None


def dump() -> None:
    """Write this process's profile once; later calls (atexit after a dump) do nothing.

    A stop signal that came in while the profile was being written ends the process after it.
    """
    with _dump_lock:
        _dump_unlocked()
    pending = _state.get("die_with")
    if pending is not None:
        _die(pending)


def _dump_unlocked() -> None:
    profiler = _state.get("profiler")
    if profiler is None or _state["pid"] != os.getpid() or _state["phase"] != "running":
        return
    _state["phase"] = "dumping"
    _DISABLE(profiler)
    end = _now()
    cpu_seconds = time.process_time() - _state["cpu_start"]
    outdir = os.environ.get(OUTDIR_VARIABLE)
    if not outdir:
        return
    stem = os.path.join(outdir, f"{_state['role']}-{_state['pid']}")
    name, parent = _multiprocessing_identity()
    meta = {
        "pid": _state["pid"],
        "ppid": _state["ppid"] if parent is None else parent,
        "role": _state["role"],
        "start_method": _state["start_method"],
        "name": name,
        "argv": list(sys.argv),
        "start": _state["start"],
        "end": end,
        "cpu_seconds": cpu_seconds,
        "timer": _state["timer"],
        "paused_seconds": _state["paused_seconds"] + _paused_until(end),
    }
    # Write to a temporary name first: a reader never sees half a profile.
    profiler.dump_stats(stem + ".prof.tmp")
    os.replace(stem + ".prof.tmp", stem + ".prof")
    with open(stem + ".json.tmp", "w", encoding="utf-8") as handle:
        json.dump(meta, handle)
    os.replace(stem + ".json.tmp", stem + ".json")
    _state["phase"] = "done"


def _paused_until(end: float) -> float:
    return 0.0 if _state["paused_by"] is None else end - _state["paused_at"]


def _dump_and_die(signum: int, frame: object) -> None:
    """Handler of the stop signals (main thread) and of the watcher thread (any moment)."""
    if not _dump_lock.acquire(blocking=False):
        _state["die_with"] = signum  # the dump under way ends the process once written
        return
    try:
        _dump_unlocked()
    finally:
        _die(signum)


def _die(signum: int) -> None:
    """End the process by the signal, as it would have ended without a profiler."""
    try:
        signal.signal(signum, signal.SIG_DFL)
    except ValueError:  # not the main thread: reset the disposition through libc
        _reset_disposition_from_any_thread(signum)
    os.kill(os.getpid(), signum)
    time.sleep(0.5)  # the signal is on its way; if it is blocked everywhere, leave anyway
    os._exit(128 + signum)


def _reset_disposition_from_any_thread(signum: int) -> None:
    try:
        import ctypes

        ctypes.CDLL(None).signal(signum, 0)  # 0 is SIG_DFL
    except Exception:
        os.kill(os.getpid(), signal.SIGKILL)  # the profile is written: end it in any case


def _watch_stop_signals(read_end: int) -> None:
    """Thread body: the wakeup fd carries every signal number the C handler saw."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        # Never the thread the kernel picks for a process signal: the main thread must get
        # SIGINT, or a lock wait there would not be interrupted.
        signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
    while True:
        try:
            received = os.read(read_end, 64)
        except InterruptedError:
            continue
        except OSError:
            return
        if not received:
            return
        for signum in received:
            if _forked_a_moment_ago():
                continue  # maybe a child's signal, see FORK_ECHO_SECONDS
            if signum in STOP_SIGNALS and signal.getsignal(signum) is _dump_and_die:
                _dump_and_die(signum, None)


def _forked_a_moment_ago() -> bool:
    return time.monotonic() - _last_fork[0] < FORK_ECHO_SECONDS


def _note_fork_in_parent() -> None:
    _last_fork[0] = time.monotonic()


def _watch_signals_from_a_thread() -> None:
    """Point the signal wakeup fd at a pipe read by a thread (main thread only).

    Nothing changes if the program set its own wakeup fd (asyncio does, later, and then the
    Python handler below is the only path).
    """
    try:
        read_end, write_end = os.pipe()
        os.set_blocking(write_end, False)
        previous = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except (ValueError, OSError):
        return
    if previous != -1:
        signal.set_wakeup_fd(previous)
        os.close(read_end)
        os.close(write_end)
        return
    _watcher_pipe[:] = [read_end, write_end]
    _thread.start_new_thread(_watch_stop_signals, (read_end,))


def _forget_the_parents_watcher() -> None:
    """A forked child has no watcher thread: its signals must not reach the parent's pipe."""
    if not _watcher_pipe:
        return
    with contextlib.suppress(ValueError, OSError):
        previous = signal.set_wakeup_fd(-1)
        if previous not in (-1, _watcher_pipe[1]):
            signal.set_wakeup_fd(previous)  # the program's own: leave it as it was
    for descriptor in _watcher_pipe:
        with contextlib.suppress(OSError):
            os.close(descriptor)
    _watcher_pipe.clear()


def _handle_stop_signals() -> None:
    """SIGTERM/SIGHUP write the profile, then end the process as before (main thread only)."""
    for signum in STOP_SIGNALS:
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(signum) in (signal.SIG_DFL, _dump_and_die):
                signal.signal(signum, _dump_and_die)
    _watch_signals_from_a_thread()


def _wrote_profile(pid: int) -> bool:
    outdir = os.environ.get(OUTDIR_VARIABLE, "")
    return os.path.exists(os.path.join(outdir, f"worker-{pid}.json"))


def _wait_escalating(popen: Any, wait: Any) -> Any:
    """Wait for a terminated worker: SIGTERM again, then SIGKILL, if it does not end.

    A worker whose profile is written has nothing left to save and is killed at once.
    """
    code = wait(popen, STOP_GRACE_SECONDS)
    if code is None and not _wrote_profile(popen.pid):
        popen._send_signal(signal.SIGTERM)
        code = wait(popen, STOP_GRACE_SECONDS)
    if code is None:
        popen._send_signal(signal.SIGKILL)
    return wait(popen, None)


def _patch_worker_termination() -> None:
    """Pool.terminate() and Process.terminate() never wait forever on a worker."""
    try:
        import multiprocessing.popen_fork as popen_fork
    except ImportError:  # no fork on this platform
        return
    popen = popen_fork.Popen
    if getattr(popen.wait, "_picklecheck_escalates", False):
        return
    original_terminate, original_wait = popen.terminate, popen.wait

    def terminate(self: Any) -> None:
        original_terminate(self)
        self._picklecheck_terminated = True

    def wait(self: Any, timeout: float | None = None) -> Any:
        if timeout is None and getattr(self, "_picklecheck_terminated", False):
            return _wait_escalating(self, original_wait)
        return original_wait(self, timeout)

    wait._picklecheck_escalates = True  # type: ignore[attr-defined]
    popen.terminate = terminate  # type: ignore[method-assign]
    popen.wait = wait  # type: ignore[method-assign]


def _outside_the_profile(action: Any) -> None:
    """Run set-up work with the profiler off, so that it does not show as the program's time.

    Turning it off closes the frames open so far: the worker's profile starts below here.
    """
    profiler = _state.get("profiler")
    running = _state.get("phase") == "running" and _state.get("paused_by") is None
    if profiler is None or not running:
        action()
        return
    _DISABLE(profiler)
    try:
        action()
    finally:
        _ENABLE(profiler)


def _patch_process_bootstrap() -> None:
    """Dump when a multiprocessing child's run() is over, before Popen calls os._exit()."""
    import multiprocessing.process

    base = multiprocessing.process.BaseProcess
    original = base._bootstrap  # type: ignore[attr-defined]
    if getattr(original, "_picklecheck_dumps", False):
        return

    def _bootstrap(self: Any, *args: Any, **kwargs: Any) -> Any:
        if _state.get("role") == "worker":
            # Here, not at fork: the forkserver resets the wakeup fd after forking.
            _outside_the_profile(_handle_stop_signals)
        try:
            return original(self, *args, **kwargs)
        finally:
            if _state.get("role") == "worker":
                dump()

    _bootstrap._picklecheck_dumps = True  # type: ignore[attr-defined]
    base._bootstrap = _bootstrap  # type: ignore[attr-defined]


def _start_worker(start_method: str) -> None:
    _start("worker", start_method)
    _patch_process_bootstrap()


def _forking_start_method() -> str | None:
    """`fork`/`forkserver` when multiprocessing is what called os.fork(), else None."""
    frame: types.FrameType | None = sys._getframe(1)
    while frame is not None:
        method = _FORKING_MODULES.get(frame.f_globals.get("__name__", ""))
        if method is not None:
            return method
        frame = frame.f_back
    return None


def _after_fork_in_child() -> None:
    global _dump_lock
    _dump_lock = _thread.allocate_lock()  # the parent's watcher may have held it
    _last_fork[0] = float("-inf")  # the parent's fork was this process's birth, not a child
    _forget_the_parents_watcher()
    method = _forking_start_method()
    if method is not None:
        _start_worker(method)
        return
    # Not a multiprocessing child (os.fork() by the user or a library): it is not profiled.
    if _state.get("profiler") is not None:
        _DISABLE(_state["profiler"])
    _state.clear()


def _command_of_this_process() -> str:
    argv = getattr(sys, "orig_argv", sys.argv)
    if "-c" in argv[:-1]:
        return str(argv[argv.index("-c") + 1])
    return ""


def _is_spawned_worker() -> bool:
    argv = getattr(sys, "orig_argv", sys.argv)
    return "--multiprocessing-fork" in argv or "spawn_main" in _command_of_this_process()


def _load_shadowed_sitecustomize() -> None:
    """Run the sitecustomize this file hides (a distribution's or a virtualenv's), if any."""
    here = os.path.dirname(os.path.abspath(__file__))
    others = [entry for entry in sys.path if os.path.abspath(entry or os.curdir) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", others)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:  # the real sitecustomize failing must not stop the user's program
        print(f"picklecheck profile: sitecustomize failed: {exc!r}", file=sys.stderr)


def install() -> None:
    if not os.environ.get(OUTDIR_VARIABLE):
        return
    _programs_profilers_pause_ours()
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(
            after_in_child=_after_fork_in_child, after_in_parent=_note_fork_in_parent
        )
    # Set-up first, then the profiler: its own work is not the program's.
    if os.environ.pop(MAIN_VARIABLE, None) is not None:
        _patch_worker_termination()
        _handle_stop_signals()
        _start("main", None)
        atexit.register(dump)
    elif _is_spawned_worker():
        _patch_worker_termination()
        _start_worker("spawn")
        atexit.register(dump)


if __name__ == "sitecustomize":
    _load_shadowed_sitecustomize()
    install()
