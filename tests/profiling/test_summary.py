"""The summary's arithmetic on real cProfile data: waiting time, totals, process tree, labels."""

from __future__ import annotations

import cProfile
import json
import threading
import time
from pathlib import Path

from picklecheck.profiling.collect import load_profiles, merge
from picklecheck.profiling.summary import (
    RunSummary,
    function_label,
    function_totals,
    render_text,
    to_json,
    waiting_seconds,
)


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def _write_process(
    outdir: Path, role: str, pid: int, parent: int, work: float, wait: float
) -> None:
    """A real profile of this process doing `work` seconds of CPU and `wait` seconds blocked."""
    profiler = cProfile.Profile()
    start = time.time()
    profiler.enable()
    _busy(work)
    threading.Event().wait(wait)  # blocks in a lock acquire, as Pool.map's parent does
    profiler.disable()
    profiler.dump_stats(str(outdir / f"{role}-{pid}.prof"))
    meta = {
        "pid": pid,
        "ppid": parent,
        "role": role,
        "start_method": None if role == "main" else "spawn",
        "name": "MainProcess" if role == "main" else f"Worker-{pid}",
        "argv": [],
        "start": start,
        "end": time.time(),
    }
    (outdir / f"{role}-{pid}.json").write_text(json.dumps(meta), encoding="utf-8")


def test_waiting_time_tree_and_totals(tmp_path: Path) -> None:
    _write_process(tmp_path, "main", 100, 1, work=0.01, wait=0.2)
    _write_process(tmp_path, "worker", 102, 101, work=0.05, wait=0.0)  # grandchild
    _write_process(tmp_path, "worker", 101, 100, work=0.05, wait=0.0)
    (tmp_path / "worker-103.json").write_text("{broken", encoding="utf-8")  # killed mid-write

    profiles = load_profiles(tmp_path)

    assert [(p.pid, p.role) for p in profiles] == [(100, "main"), (101, "worker"), (102, "worker")]
    assert 0.18 <= waiting_seconds(profiles[0]) <= profiles[0].wall_seconds
    assert waiting_seconds(profiles[1]) < 0.05
    totals = {function_label(total.key): total for total in function_totals(profiles)}
    busy = next(total for label, total in totals.items() if label.startswith("_busy "))
    assert busy.calls == 3
    assert set(busy.by_process) == {100, 101, 102}
    assert 0.1 <= busy.cumulative_seconds < 1.0

    merged = merge(profiles, tmp_path / "merged.prof")
    summary = RunSummary(["python", "x.py"], 0, tmp_path, merged, profiles, list(totals.values()))
    document = to_json(summary, top=5)
    assert [process["depth"] for process in document["processes"]] == [0, 1, 2]
    assert len(document["functions"]) == 5
    assert document["parent_wait_seconds"] >= 0.18
    text = render_text(summary, top=5)
    assert "    Worker-102" in text  # indented under its parent's row
    assert "The main process waited" in text


def test_builtins_are_labelled_by_name_and_functions_by_place() -> None:
    assert function_label(("~", 0, "<built-in method time.sleep>")) == "built-in method time.sleep"
    assert function_label(("/nowhere/job.py", 3, "work")) == "work  /nowhere/job.py:3"


def test_no_profiles_says_so(tmp_path: Path) -> None:
    summary = RunSummary(["python", "x.py"], 1, tmp_path, None, [], [])

    assert "No process wrote a profile" in render_text(summary, top=5)
    assert to_json(summary, top=5)["parent_wait_seconds"] is None
