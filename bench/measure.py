"""Run a command and measure its wall time and peak memory (psutil-free: os.wait4's rusage)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Measurement:
    seconds: float
    peak_rss_mb: float
    returncode: int
    cpu_seconds: float  # user + system, including the process's own waited-for children


def run_measured(
    command: list[str],
    output: Path | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> Measurement:
    """Run `command` to completion; stdout goes to `output` (or is discarded)."""
    with output.open("wb") if output else open(os.devnull, "wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.PIPE, cwd=cwd, env=env
        )
        assert process.stderr is not None
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(
        status
    )  # reaped by wait4, not by Popen
    process.stderr.close()
    if process.returncode not in (0, 1) and stderr:
        sys.stderr.write(stderr.decode(errors="replace")[-2000:])
    cpu = usage.ru_utime + usage.ru_stime
    return Measurement(seconds, max_rss_mb(usage.ru_maxrss), process.returncode, cpu)


def max_rss_mb(ru_maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def process_rss_mb(pid: int) -> float:
    """Current resident memory of a running process (Linux /proc), or NaN elsewhere."""
    return _proc_status_mb(pid, "VmRSS:")


def process_peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a running process so far (Linux /proc), or NaN elsewhere."""
    return _proc_status_mb(pid, "VmHWM:")


def _proc_status_mb(pid: int, key: str) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return float("nan")
    for line in status.splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return float("nan")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
