"""Read the per-process profiles a run left behind and merge them."""

from __future__ import annotations

import json
import pstats
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# pstats keys functions by (file, line, name); built-ins have file "~" and line 0.
FunctionKey = tuple[str, int, str]


@dataclass(frozen=True)
class ProcessProfile:
    pid: int
    parent: int
    role: str  # "main" (the script's own process) or "worker"
    start_method: str | None
    name: str | None
    start: float
    end: float
    profile_path: Path
    stats: pstats.Stats
    # Time the program's own cProfile ran in this process, during which ours was paused.
    paused_seconds: float = 0.0
    # CPU time of the whole process while profiled (None: written by an older bootstrap).
    cpu_seconds: float | None = None
    timer: str = "wall"  # what the function times in stats measure: "wall" or "cpu"

    @property
    def waiting_seconds(self) -> float | None:
        """Wall time the process spent not running on a CPU: blocked, sleeping or preempted."""
        if self.cpu_seconds is None:
            return None
        return max(0.0, self.wall_seconds - self.cpu_seconds)

    @property
    def wall_seconds(self) -> float:
        return max(0.0, self.end - self.start)

    @property
    def profiled_seconds(self) -> float:
        return float(getattr(self.stats, "total_tt", 0.0))

    @property
    def calls(self) -> int:
        return int(getattr(self.stats, "total_calls", 0))

    def entries(self) -> dict[FunctionKey, tuple[Any, ...]]:
        table: dict[FunctionKey, tuple[Any, ...]] = getattr(self.stats, "stats", {})
        return table


def _load_one(meta_path: Path) -> ProcessProfile | None:
    profile_path = meta_path.with_suffix(".prof")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        stats = pstats.Stats(str(profile_path))
        return ProcessProfile(
            pid=int(meta["pid"]),
            parent=int(meta["ppid"]),
            role=str(meta["role"]),
            start_method=meta.get("start_method"),
            name=meta.get("name"),
            start=float(meta["start"]),
            end=float(meta["end"]),
            profile_path=profile_path,
            stats=stats,
            paused_seconds=float(meta.get("paused_seconds", 0.0)),
            cpu_seconds=None if meta.get("cpu_seconds") is None else float(meta["cpu_seconds"]),
            timer=str(meta.get("timer", "wall")),
        )
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None  # a process killed while writing leaves nothing usable


def load_profiles(outdir: Path) -> list[ProcessProfile]:
    """Every process profile in outdir as a tree: each process followed by its children."""
    metas = [*outdir.glob("main-*.json"), *outdir.glob("worker-*.json")]
    loaded = [profile for profile in map(_load_one, metas) if profile is not None]
    return _tree_order(sorted(loaded, key=lambda profile: (profile.role != "main", profile.start)))


def _tree_order(profiles: list[ProcessProfile]) -> list[ProcessProfile]:
    pids = {profile.pid for profile in profiles}
    children: dict[int, list[ProcessProfile]] = {}
    for profile in profiles:
        children.setdefault(profile.parent, []).append(profile)
    ordered: list[ProcessProfile] = []

    def visit(profile: ProcessProfile) -> None:
        ordered.append(profile)
        for child in children.pop(profile.pid, []):
            visit(child)

    for profile in profiles:
        if profile.parent not in pids:  # a root: the main process, or an orphaned worker
            visit(profile)
    return ordered


def merge(profiles: list[ProcessProfile], destination: Path) -> Path | None:
    """Write one pstats file holding every process's calls (readable by pstats and snakeviz)."""
    if not profiles:
        return None
    merged = pstats.Stats(str(profiles[0].profile_path))
    for profile in profiles[1:]:
        merged.add(str(profile.profile_path))
    merged.dump_stats(str(destination))
    return destination
