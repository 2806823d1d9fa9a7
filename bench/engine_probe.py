"""In-process engine timings, run in a fresh process by bench/run.py; prints one JSON object.

    python bench/engine_probe.py files LIST      per-file analysis time over a file list
    python bench/engine_probe.py edits FILE N    re-analysis after N edits (no LSP overhead),
                                                 full and incremental

`files` answers "does any single file exceed the 2 s budget?"; `edits` is the floor under the
server's re-analysis latency: the engine alone, with the file's imports already loaded.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from picklecheck.engine import Config, analyze_path, analyze_source
from picklecheck.engine.incremental import IncrementalAnalyzer
from picklecheck.gc_tuning import tune_garbage_collection

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import revision_lines
from measure import median, percentile

SLOWEST_SHOWN = 5


def per_file(list_path: Path) -> dict[str, object]:
    config = Config()
    timings: list[tuple[float, str]] = []
    budget_exceeded = 0
    for name in list_path.read_text().split("\n"):
        if name:
            started = time.perf_counter()
            report = analyze_path(Path(name), config)
            timings.append((time.perf_counter() - started, name))
            budget_exceeded += report.stats.budget_exceeded
    seconds = [t for t, _ in timings]
    slowest = sorted(timings, reverse=True)[:SLOWEST_SHOWN]
    return {
        "files": len(timings),
        "total_s": sum(seconds),
        "median_ms": 1000 * median(seconds),
        "p99_ms": 1000 * percentile(seconds, 0.99),
        "max_s": max(seconds, default=0.0),
        "over_budget": sum(t > config.file_budget_seconds for t in seconds),
        "budget_exceeded": budget_exceeded,
        "slowest": [{"file": name, "seconds": t} for t, name in slowest],
    }


def edits(path: Path, count: int) -> dict[str, object]:
    """Full re-analysis after each edit, and the same edits through an IncrementalAnalyzer
    (what the language server runs): the same findings, less work."""
    text = path.read_text()
    targets = revision_lines(text)
    started = time.perf_counter()
    analyze_source(text, str(path))
    cold = time.perf_counter() - started
    incremental = IncrementalAnalyzer(str(path))
    incremental.analyze(text, Config())
    chooser = random.Random(3)
    lines = text.split("\n")
    full_latencies, incremental_latencies = [], []
    cut_short = 0
    for revision in range(count):
        line = chooser.choice(targets)
        lines[line] = lines[line][:-6] + str(200_000 + revision)
        edited = "\n".join(lines)
        started = time.perf_counter()
        full = analyze_source(edited, str(path))
        full_latencies.append(time.perf_counter() - started)
        started = time.perf_counter()
        reused = incremental.analyze(edited, Config())
        incremental_latencies.append(time.perf_counter() - started)
        if full.stats.budget_exceeded or reused.stats.budget_exceeded:
            cut_short += 1  # a budget cut one analysis short: its findings are a subset
        elif len(reused.findings) != len(full.findings):
            raise SystemExit(
                f"incremental and full analysis disagree after edit {revision} (line "
                f"{line + 1}): {len(reused.findings)} and {len(full.findings)} findings"
            )
    return {
        "file": path.name,
        "lines": len(lines),
        "cold_s": cold,
        "edit_median_ms": 1000 * median(full_latencies),
        "edit_p90_ms": 1000 * percentile(full_latencies, 0.9),
        "incremental_median_ms": 1000 * median(incremental_latencies),
        "incremental_p90_ms": 1000 * percentile(incremental_latencies, 0.9),
        "revisions_over_budget": cut_short,
    }


def main(argv: list[str]) -> int:
    tune_garbage_collection()  # as the CLI does
    if argv[:1] == ["files"] and len(argv) == 2:
        result = per_file(Path(argv[1]))
    elif argv[:1] == ["edits"] and len(argv) == 3:
        result = edits(Path(argv[1]), int(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
