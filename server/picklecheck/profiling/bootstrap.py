"""Per-process profiler, installed as `sitecustomize` in every process of a profiled run.

`picklecheck profile` copies this file into a private directory as `sitecustomize.py` and puts
that directory first on PYTHONPATH, so every Python process of the run imports it at start-up:
the script's own process, spawn children, the forkserver and the resource tracker. It must only
use the standard library: the user's interpreter runs it, which may not have picklecheck.

Each profiled process writes `<role>-<pid>.prof` (pstats format) and `<role>-<pid>.json`
(pid, parent, start method, wall time) into $PICKLECHECK_PROFILE_DIR when it ends.
multiprocessing children leave through `os._exit` (fork, forkserver) or are killed with SIGTERM
(`Pool.terminate`, daemonic children at exit), where `atexit` never runs, so children also dump
when `BaseProcess._bootstrap` returns and in a SIGTERM handler.
"""

from __future__ import annotations

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


def _now() -> float:
    return time.time()


def _start(role: str, start_method: str | None) -> None:
    _stop_inherited_profilers()
    profiler = cProfile.Profile()
    _state.clear()
    _state.update(
        profiler=profiler,
        role=role,
        pid=os.getpid(),
        ppid=os.getppid(),
        start_method=start_method,
        start=_now(),
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
    """Write this process's profile once; later calls (atexit after a dump) do nothing."""
    profiler = _state.get("profiler")
    if profiler is None or _state["pid"] != os.getpid() or _state["phase"] != "running":
        return
    _state["phase"] = "dumping"
    _DISABLE(profiler)
    end = _now()
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
    if _state.get("phase") == "dumping":
        return  # interrupted dump() on its way out: let it finish
    try:
        dump()
    finally:
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)


def _patch_process_bootstrap() -> None:
    """Dump when a multiprocessing child's run() is over, before Popen calls os._exit()."""
    import multiprocessing.process

    base = multiprocessing.process.BaseProcess
    original = base._bootstrap  # type: ignore[attr-defined]
    if getattr(original, "_picklecheck_dumps", False):
        return

    def _bootstrap(self: Any, *args: Any, **kwargs: Any) -> Any:
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
    # Pool.terminate() and daemonic children at exit end workers with SIGTERM.
    with contextlib.suppress(ValueError):  # not the main thread: keep the default
        signal.signal(signal.SIGTERM, _dump_and_die)


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
        os.register_at_fork(after_in_child=_after_fork_in_child)
    if os.environ.pop(MAIN_VARIABLE, None) is not None:
        _start("main", None)
        atexit.register(dump)
    elif _is_spawned_worker():
        _start_worker("spawn")
        atexit.register(dump)


if __name__ == "sitecustomize":
    _load_shadowed_sitecustomize()
    install()
