"""Flame graphs (SVG) and speedscope JSON built from the call graphs cProfile collected.

cProfile keeps no stacks, only edges: for each function, the time spent in it per caller. A
call tree is rebuilt from those edges: a function's time on a path is its time under that
caller, scaled by the share of the caller's own time that lies on the path. That is exact for
call trees and a proportional estimate where a function is reached along several paths.
"""

from __future__ import annotations

import html
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from picklecheck.profiling.collect import FunctionKey

# Frames thinner than this share of the whole are left out (their time stays in the parent).
MIN_SHARE = 0.002
MAX_DEPTH = 96
ROOT_KEY: FunctionKey = ("", 0, "all")

SVG_WIDTH = 1200
ROW_HEIGHT = 17
CHAR_WIDTH = 7


@dataclass
class Frame:
    key: FunctionKey
    seconds: float
    children: list[Frame] = field(default_factory=list)

    @property
    def own_seconds(self) -> float:
        return max(0.0, self.seconds - sum(child.seconds for child in self.children))


StatsTable = dict[FunctionKey, tuple[Any, ...]]


def _callees(table: StatsTable) -> dict[FunctionKey, dict[FunctionKey, float]]:
    callees: dict[FunctionKey, dict[FunctionKey, float]] = {}
    for callee, entry in table.items():
        callers = entry[4] if len(entry) > 4 else {}
        for caller, edge in callers.items():
            callees.setdefault(caller, {})[callee] = float(edge[3])
    return callees


def _roots(table: StatsTable) -> dict[FunctionKey, float]:
    """Time of each function that no recorded caller accounts for: where the profiler started,
    or a thread began (the same key can be both a root and a callee: `<module>` of `<string>`)."""
    roots = {}
    for key, entry in table.items():
        callers = entry[4] if len(entry) > 4 else {}
        called = sum(float(edge[3]) for caller, edge in callers.items() if caller in table)
        if float(entry[3]) - called > 0:
            roots[key] = float(entry[3]) - called
    return roots


def call_tree(table: StatsTable) -> Frame:
    """The call tree of one pstats table, under a root frame named "all"."""
    callees = _callees(table)
    cumulative = {key: float(entry[3]) for key, entry in table.items()}
    roots = _roots(table)
    total = sum(roots.values())
    minimum = total * MIN_SHARE

    def expand(key: FunctionKey, seconds: float, stack: tuple[FunctionKey, ...]) -> Frame:
        frame = Frame(key, seconds)
        if len(stack) >= MAX_DEPTH or cumulative[key] <= 0:
            return frame
        share = min(1.0, seconds / cumulative[key])
        for callee, edge_seconds in sorted(callees.get(key, {}).items(), key=_by_name):
            callee_seconds = edge_seconds * share
            if callee in stack or callee not in cumulative or callee_seconds < minimum:
                continue
            frame.children.append(expand(callee, callee_seconds, (*stack, callee)))
        return frame

    children = [
        expand(key, seconds, (key,))
        for key, seconds in sorted(roots.items(), key=_by_name)
        if seconds >= minimum
    ]
    return Frame(ROOT_KEY, sum(child.seconds for child in children), children)


def merge_trees(trees: list[Frame]) -> Frame:
    """One tree holding several (one per process): frames on the same path add up."""
    merged = Frame(ROOT_KEY, 0.0)
    for tree in trees:
        _add_into(merged, tree)
    return merged


def _add_into(target: Frame, source: Frame) -> None:
    target.seconds += source.seconds
    by_key = {child.key: child for child in target.children}
    for child in source.children:
        if child.key not in by_key:
            by_key[child.key] = Frame(child.key, 0.0)
            target.children.append(by_key[child.key])
        _add_into(by_key[child.key], child)


def _by_key(key: FunctionKey) -> tuple[str, str, int]:
    return key[2], key[0], key[1]


def _by_name(item: tuple[FunctionKey, float]) -> tuple[str, str, int]:
    return _by_key(item[0])


def walk(frame: Frame, stack: tuple[Frame, ...] = ()) -> Iterator[tuple[tuple[Frame, ...], Frame]]:
    """Every frame below the root with the frames above it (root excluded), depth first."""
    for child in frame.children:
        yield stack, child
        yield from walk(child, (*stack, child))


def seconds_by_function(tree: Frame) -> dict[str, float]:
    """Total width per function name in the tree, counting recursion once (for checks)."""
    widths: dict[str, float] = {}
    for stack, frame in walk(tree):
        if all(above.key != frame.key for above in stack):
            widths[frame.key[2]] = widths.get(frame.key[2], 0.0) + frame.seconds
    return widths


# Labels and colours --------------------------------------------------------------------------


def _label(key: FunctionKey) -> str:
    file, line, name = key
    if file in ("", "~"):
        return name.strip("<>") if name.startswith("<") else name
    return f"{name} ({Path(file).name}:{line})"


def _colour(key: FunctionKey, waiting: bool) -> str:
    if key == ROOT_KEY:
        return "rgb(200,200,200)"
    hue = zlib.crc32(key[2].encode("utf-8", "replace"))
    if waiting:  # blocked, not working: cool colours
        return f"rgb({90 + hue % 40},{150 + hue % 50},{210 + hue % 40})"
    return f"rgb({220 + hue % 35},{90 + hue % 120},{40 + hue % 50})"


# SVG ----------------------------------------------------------------------------------------


def render_svg(tree: Frame, title: str, is_waiting: Any) -> str:
    """A flame graph: the root at the bottom, callees above, widths proportional to time."""
    depth = max((len(stack) + 1 for stack, _frame in walk(tree)), default=0) + 1
    height = (depth + 2) * ROW_HEIGHT
    scale = SVG_WIDTH / tree.seconds if tree.seconds > 0 else 0.0
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{SVG_WIDTH}" height="{height}" '
        f'viewBox="0 0 {SVG_WIDTH} {height}" font-family="monospace" font-size="11">',
        f"<title>{html.escape(title)}</title>",
        f'<text x="4" y="{ROW_HEIGHT - 4}" font-size="13">{html.escape(title)}</text>',
    ]
    offsets = {id(tree): 0.0}
    rows = [(tree, 0, 0.0)]
    for stack, frame in walk(tree):
        parent = stack[-1] if stack else tree
        start = offsets[id(parent)]
        offsets[id(parent)] = start + frame.seconds
        offsets[id(frame)] = start
        rows.append((frame, len(stack) + 1, start))
    for frame, level, start in rows:
        parts.append(_svg_frame(frame, level, start, scale, height, tree.seconds, is_waiting))
    parts.append("</svg>")
    return "\n".join(part for part in parts if part) + "\n"


def _svg_frame(
    frame: Frame, level: int, start: float, scale: float, height: int, total: float, is_waiting: Any
) -> str:
    width = frame.seconds * scale
    if width < 0.3:
        return ""
    x, y = start * scale, height - (level + 1) * ROW_HEIGHT
    label = _label(frame.key)
    share = frame.seconds / total if total > 0 else 0.0
    waiting = bool(is_waiting(frame.key))
    tip = f"{label}: {frame.seconds:.6f} s ({share:.1%})" + (", waiting" if waiting else "")
    fitting = int((width - 4) // CHAR_WIDTH)
    text = label if len(label) <= fitting else label[: max(0, fitting - 2)] + ".."
    shown = (
        f'<text x="{x + 2:.2f}" y="{y + ROW_HEIGHT - 5}">{html.escape(text)}</text>'
        if fitting >= 3
        else ""
    )
    return (
        f'<g class="frame" data-name="{html.escape(frame.key[2])}" '
        f'data-seconds="{frame.seconds:.6f}"><title>{html.escape(tip)}</title>'
        f'<rect x="{x:.2f}" y="{y}" width="{width:.2f}" height="{ROW_HEIGHT - 1}" '
        f'fill="{_colour(frame.key, waiting)}" rx="2"/>{shown}</g>'
    )


# speedscope ---------------------------------------------------------------------------------


def speedscope_document(trees: list[tuple[str, Frame]], name: str) -> dict[str, Any]:
    """One speedscope file (https://www.speedscope.app) with a sampled profile per tree."""
    frames: list[dict[str, Any]] = []
    index: dict[FunctionKey, int] = {}

    def frame_index(key: FunctionKey) -> int:
        if key not in index:
            index[key] = len(frames)
            entry: dict[str, Any] = {"name": _label(key)}
            if key[0] not in ("", "~"):
                entry.update(file=key[0], line=key[1])
            frames.append(entry)
        return index[key]

    profiles = [_speedscope_profile(title, tree, frame_index) for title, tree in trees]
    return {
        "$schema": "https://www.speedscope.app/file-format-schema.json",
        "shared": {"frames": frames},
        "profiles": profiles,
        "name": name,
        "activeProfileIndex": 0,
        "exporter": "picklecheck profile",
    }


def _speedscope_profile(title: str, tree: Frame, frame_index: Any) -> dict[str, Any]:
    samples: list[list[int]] = []
    weights: list[float] = []
    for stack, frame in walk(tree):
        if frame.own_seconds > 0:
            samples.append([frame_index(above.key) for above in (*stack, frame)])
            weights.append(round(frame.own_seconds, 9))
    return {
        "type": "sampled",
        "name": title,
        "unit": "seconds",
        "startValue": 0,
        "endValue": round(sum(weights), 9),
        "samples": samples,
        "weights": weights,
    }


def write_speedscope(path: Path, trees: list[tuple[str, Frame]], name: str) -> Path:
    path.write_text(json.dumps(speedscope_document(trees, name)), encoding="utf-8")
    return path


@dataclass(frozen=True)
class FlameOutputs:
    merged_svg: Path | None
    speedscope: Path | None
    by_pid: dict[int, Path]


def write_flame_graphs(
    outdir: Path, processes: list[tuple[int, str, StatsTable]], program: str, is_waiting: Any
) -> FlameOutputs:
    """flame.svg (every process), flame-<role>-<pid>.svg and profile.speedscope.json.

    The merged graph adds up the processes' trees (not merged.prof's edges, where the same
    function key from different processes would tie unrelated call paths together).
    """
    if not processes:
        return FlameOutputs(None, None, {})
    trees: list[tuple[str, Frame]] = []
    by_pid = {}
    for pid, role, table in processes:
        tree = call_tree(table)
        title = f"{program}: {role} {pid}"
        path = outdir / f"flame-{role}-{pid}.svg"
        path.write_text(render_svg(tree, title, is_waiting), encoding="utf-8")
        by_pid[pid] = path
        trees.append((title, tree))
    merged = merge_trees([tree for _title, tree in trees])
    merged_title = f"{program}: all processes"
    merged_svg = outdir / "flame.svg"
    merged_svg.write_text(render_svg(merged, merged_title, is_waiting), encoding="utf-8")
    trees.insert(0, (merged_title, merged))
    speedscope = (
        write_speedscope(outdir / "profile.speedscope.json", trees, program) if trees else None
    )
    return FlameOutputs(merged_svg, speedscope, by_pid)
