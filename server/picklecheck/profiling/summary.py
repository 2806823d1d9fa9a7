"""Summarise a profiled run: time per process, top functions, the parent's waiting time."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from picklecheck.profiling.collect import FunctionKey, ProcessProfile
from picklecheck.profiling.flame import FlameOutputs
from picklecheck.profiling.launch import BOOTSTRAP_DIR_PREFIX, Target

SUMMARY_VERSION = 2

# Built-ins the parent blocks in while workers run: lock and semaphore waits (Pool.map,
# Future.result, Queue.get), select/poll on pipes and sentinels (join, connection.wait), waitpid.
_BLOCKING_BUILTINS = re.compile(
    r"'(acquire|__enter__)' of '_(thread|multiprocessing)\."
    r"|'(poll|select|control)' of 'select\."
    r"|built-in method select\.select>"
    r"|built-in method (posix|nt)\.waitpid>"
    r"|_winapi\.WaitFor"
)
# Sleeping is waiting too (it is never the parent waiting for workers, so it stays out of that).
_SLEEPS = re.compile(r"built-in method time\.sleep>")
# Reads block too, but only those multiprocessing does on pipes from workers count as waiting.
_PIPE_READ = re.compile(r"built-in method (posix|nt)\.read>|_winapi\.ReadFile")
_PIPE_CALLER_FILE = re.compile(r"multiprocessing[\\/]connection\.py$")
# The profiler's own bookkeeping (bootstrap.py's pause wrappers too) is not the user's program.
_PROFILER_ITSELF = re.compile(r"of '_lsprof\.Profiler' objects|_programs_profilers_pause_ours\.")
# bootstrap.py as launch.py installs it (merged.prof keeps its frames: they hold the call graph).
_PROFILER_FILE = re.compile(re.escape(BOOTSTRAP_DIR_PREFIX) + r"[^\\/]*[\\/]sitecustomize\.py$")


@dataclass
class FunctionTotal:
    key: FunctionKey
    calls: int = 0
    primitive_calls: int = 0
    own_seconds: float = 0.0
    cumulative_seconds: float = 0.0
    by_process: dict[int, tuple[int, float, float]] = field(default_factory=dict)

    def add(self, pid: int, entry: tuple[Any, ...]) -> None:
        primitive, calls, own, cumulative = entry[:4]
        self.primitive_calls += primitive
        self.calls += calls
        self.own_seconds += own
        self.cumulative_seconds += cumulative
        before = self.by_process.get(pid, (0, 0.0, 0.0))
        self.by_process[pid] = (before[0] + calls, before[1] + own, before[2] + cumulative)


def is_waiting(key: FunctionKey) -> bool:
    """A built-in that blocks until another process or thread acts (locks, pipes, waits)."""
    name = key[2]
    return key[0] == "~" and bool(
        _BLOCKING_BUILTINS.search(name) or _PIPE_READ.search(name) or _SLEEPS.search(name)
    )


def function_totals(profiles: Iterable[ProcessProfile]) -> list[FunctionTotal]:
    """Every function's calls and times summed over all processes, most own time first."""
    totals: dict[FunctionKey, FunctionTotal] = {}
    for profile in profiles:
        for key, entry in profile.entries().items():
            if _PROFILER_ITSELF.search(key[2]) or _PROFILER_FILE.search(key[0]):
                continue
            totals.setdefault(key, FunctionTotal(key)).add(profile.pid, entry)
    return sorted(totals.values(), key=lambda total: total.own_seconds, reverse=True)


def _pipe_read_seconds(callers: dict[FunctionKey, tuple[Any, ...]]) -> float:
    return sum(
        float(timing[2])
        for caller, timing in callers.items()
        if _PIPE_CALLER_FILE.search(caller[0])
    )


def waiting_seconds(main: ProcessProfile) -> float:
    """Time the main process's main thread spent blocked on workers (locks, pipes, waitpid)."""
    total = 0.0
    for key, entry in main.entries().items():
        name = key[2]
        if key[0] != "~":
            continue
        if _BLOCKING_BUILTINS.search(name):
            total += float(entry[2])
        elif _PIPE_READ.search(name) and len(entry) > 4:
            total += _pipe_read_seconds(entry[4])
    return total


def function_label(key: FunctionKey) -> str:
    file, line, name = key
    if file == "~":
        return name.strip("<>") if name.startswith("<") else name
    return f"{name}  {_short_path(file)}:{line}"


def _short_path(file: str) -> str:
    try:
        relative = os.path.relpath(file)
    except ValueError:  # another drive on Windows
        return file
    return file if relative.startswith("..") else relative


def _depths(profiles: list[ProcessProfile]) -> dict[int, int]:
    """How many worker generations separate each process from the main one."""
    parents = {profile.pid: profile.parent for profile in profiles}
    depths: dict[int, int] = {}
    for pid, parent in parents.items():
        depth, seen = 0, {pid}
        while parent in parents and parent not in seen:
            seen.add(parent)
            depth += 1
            parent = parents[parent]
        depths[pid] = depth
    return depths


@dataclass(frozen=True)
class RunSummary:
    command: list[str]
    exit_code: int
    outdir: Path
    merged_profile: Path | None
    profiles: list[ProcessProfile]
    functions: list[FunctionTotal]
    # The script that was run (None for `-m module`): its functions are always in the JSON.
    program_file: Path | None = None
    target: Target | None = None
    timer: str = "wall"
    flame: FlameOutputs | None = None

    @property
    def program_label(self) -> str:
        """The script (or `-m module`) and its arguments, as the user typed them."""
        if self.target is None:
            return ""
        name = f"-m {self.target.name}" if self.target.is_module else self.target.name
        return " ".join([name, *self.target.args])

    @property
    def main(self) -> ProcessProfile | None:
        return next((profile for profile in self.profiles if profile.role == "main"), None)

    def waiting(self) -> float | None:
        main = self.main
        return None if main is None else waiting_seconds(main)


def _process_json(
    profile: ProcessProfile, depth: int, flame: FlameOutputs | None
) -> dict[str, Any]:
    flame_graph = None if flame is None else flame.by_pid.get(profile.pid)
    return {
        "pid": profile.pid,
        "parent": profile.parent,
        "role": profile.role,
        "start_method": profile.start_method,
        "name": profile.name,
        "depth": depth,
        "wall_seconds": round(profile.wall_seconds, 6),
        "cpu_seconds": _rounded(profile.cpu_seconds),
        "waiting_seconds": _rounded(profile.waiting_seconds),
        "profiled_seconds": round(profile.profiled_seconds, 6),
        "calls": profile.calls,
        "paused_seconds": round(profile.paused_seconds, 6),
        "profile": str(profile.profile_path),
        "flame_graph": None if flame_graph is None else str(flame_graph),
    }


def _path_or_none(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def _function_json(total: FunctionTotal) -> dict[str, Any]:
    file, line, name = total.key
    return {
        "label": function_label(total.key),
        "waiting": is_waiting(total.key),
        "name": name,
        "file": None if file == "~" else file,
        "line": line,
        "calls": total.calls,
        "primitive_calls": total.primitive_calls,
        "own_seconds": round(total.own_seconds, 6),
        "cumulative_seconds": round(total.cumulative_seconds, 6),
        "by_process": [
            {
                "pid": pid,
                "calls": calls,
                "own_seconds": round(own, 6),
                "cumulative_seconds": round(cumulative, 6),
            }
            for pid, (calls, own, cumulative) in sorted(total.by_process.items())
        ],
    }


def _is_in(file: str, program_file: Path) -> bool:
    try:
        return file != "~" and Path(file).resolve() == program_file.resolve()
    except OSError:
        return False


def _json_functions(summary: RunSummary, top: int) -> list[FunctionTotal]:
    """The top functions, and every function of the profiled script however little time it took."""
    program_file = summary.program_file
    if program_file is None:
        return summary.functions[:top]
    rest = summary.functions[top:]
    return summary.functions[:top] + [t for t in rest if _is_in(t.key[0], program_file)]


def to_json(summary: RunSummary, top: int) -> dict[str, Any]:
    depths = _depths(summary.profiles)
    main = summary.main
    waiting = summary.waiting()
    target, flame = summary.target, summary.flame
    return {
        "version": SUMMARY_VERSION,
        "script": None if target is None else target.name,
        "is_module": False if target is None else target.is_module,
        "arguments": [] if target is None else list(target.args),
        "timer": summary.timer,
        "command": summary.command,
        "exit_code": summary.exit_code,
        "outdir": str(summary.outdir),
        "merged_profile": None if summary.merged_profile is None else str(summary.merged_profile),
        "wall_seconds": None if main is None else round(main.wall_seconds, 6),
        "parent_wait_seconds": None if waiting is None else round(waiting, 6),
        "flame_graph": _path_or_none(None if flame is None else flame.merged_svg),
        "speedscope": _path_or_none(None if flame is None else flame.speedscope),
        "processes": [_process_json(p, depths[p.pid], flame) for p in summary.profiles],
        "functions": [_function_json(total) for total in _json_functions(summary, top)],
    }


def _process_line(profile: ProcessProfile, depth: int) -> str:
    label = "main" if profile.role == "main" else (profile.name or "worker")
    label = "  " * depth + label
    method = profile.start_method or ""
    return (
        f"  {label:<28} {profile.pid:>7}  {method:<10} {profile.wall_seconds:>8.3f}"
        f" {_seconds(profile.cpu_seconds):>8} {_seconds(profile.waiting_seconds):>9}"
        f" {profile.calls:>10,}"
    )


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _waiting_line(summary: RunSummary) -> str | None:
    main, waiting = summary.main, summary.waiting()
    if main is None or waiting is None or len(summary.profiles) < 2:
        return None
    share = waiting / main.wall_seconds if main.wall_seconds > 0 else 0.0
    line = (
        f"The main process waited {waiting:.3f} s for its workers "
        f"({share:.0%} of its {main.wall_seconds:.3f} s)."
    )
    if main.paused_seconds > 0:
        line += (
            f"\nYour program's own cProfile ran for {main.paused_seconds:.3f} s of it; "
            "picklecheck's profiler was paused then, so that time is not in these figures."
        )
    return line


def _function_line(total: FunctionTotal) -> str:
    mark = "  (waits)" if is_waiting(total.key) else ""
    return (
        f"  {total.own_seconds:>8.3f} {total.cumulative_seconds:>8.3f} {total.calls:>9,}"
        f" {len(total.by_process):>9}  {function_label(total.key)}{mark}"
    )


def render_text(summary: RunSummary, top: int) -> str:
    if not summary.profiles:
        return (
            f"picklecheck profile: {summary.program_label}\n"
            f"No process wrote a profile (exit status {summary.exit_code}).\n"
        )
    depths = _depths(summary.profiles)
    lines = [
        f"picklecheck profile: {summary.program_label}",
        f"{len(summary.profiles)} processes profiled (exit status {summary.exit_code})",
        "",
        f"  {'process':<28} {'pid':>7}  {'start':<10} {'wall s':>8} {'cpu s':>8} {'waiting s':>9}"
        f" {'calls':>10}",
        *(_process_line(profile, depths[profile.pid]) for profile in summary.profiles),
    ]
    waiting = _waiting_line(summary)
    if waiting is not None:
        lines += ["", waiting]
    if top > 0:
        clock = "CPU" if summary.timer == "cpu" else "wall-clock"
        lines += [
            "",
            f"Top {min(top, len(summary.functions))} functions by own {clock} time, "
            "all processes ((waits): blocked on another process, a lock or a sleep):",
            f"  {'own s':>8} {'cum s':>8} {'calls':>9} {'processes':>9}  function",
            *(_function_line(total) for total in summary.functions[:top]),
        ]
    lines += ["", f"Profiles: one .prof per process in {summary.outdir}"]
    if summary.merged_profile is not None:
        lines.append(
            f"Merged: {summary.merged_profile}  (python -m pstats {summary.merged_profile}, "
            f"or snakeviz {summary.merged_profile})"
        )
    flame = summary.flame
    if flame is not None and flame.merged_svg is not None:
        lines.append(
            f"Flame graph: {flame.merged_svg} (all processes; flame-<role>-<pid>.svg for each); "
            f"speedscope: {flame.speedscope}"
        )
    return "\n".join(lines) + "\n"
