"""Profile the pool scripts many times under CPU load: zero hangs, zero orphans, every task seen.

    python bench/profile_stress.py [--runs 100] [--load 2] [--methods fork,spawn,forkserver]
                                   [--nested-pythons auto|none|PATH,...]

Each run is `picklecheck profile tests/profiling/scripts/pool_map.py <method>` (and, for each
other CPython found, `nested_workers.py fork` through `--python`), bounded by progress with the
test suite's runner (tests/profiling/programs.py): a run that uses no CPU and writes nothing for
30 s counts as a hang and is killed; a process left alive or a temporary directory left behind
fails the run. `--load N` keeps N busy loops running meanwhile. The suite runs the same checks
with 4 runs per case (tests/profiling/test_profile_shutdown.py); this is the 100-run version.
Prints one line per case and exits 1 if any run failed.
"""

from __future__ import annotations

import argparse
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from tests.profiling.programs import (
    PROGRAMS,
    RunStalled,
    calls_of,
    kill_session,
    other_interpreters,
    run_bounded,
)

SPINNER = (
    "import time\nend = time.monotonic() + 86400\nwhile time.monotonic() < end: pass\n"
)


def _one_run(
    script: Path, function: str, calls: int, arguments: list[str], work: Path
) -> str:
    """ "" when the run was right, else what went wrong."""
    outdir = work / "profile"
    command = [sys.executable, "-m", "picklecheck", "profile", "--top", "0", "--outdir"]
    try:
        done = run_bounded([*command, str(outdir), *arguments], work)
    except RunStalled as stalled:
        return f"hang: {stalled}"
    except AssertionError as left:
        return f"left behind: {left}"
    if done.returncode != 0:
        return f"exit {done.returncode}: {done.stderr.strip()[-300:]}"
    seen = calls_of(pstats.Stats(str(outdir / "merged.prof")), script, function)[0]
    return "" if seen >= calls else f"{function} seen {seen} times of {calls}"


def _case(
    name: str, runs: int, check: tuple[Path, str, int], arguments: list[str]
) -> bool:
    script, function, calls = check
    failures: list[str] = []
    started = time.monotonic()
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="profile-stress-") as scratch:
            problem = _one_run(script, function, calls, arguments, Path(scratch))
        if problem:
            failures.append(problem)
    seconds = time.monotonic() - started
    print(
        f"{name:<40} {runs - len(failures):>4}/{runs} ok  {seconds:7.1f} s", flush=True
    )
    for problem in failures[:5]:
        print(f"    {problem}", flush=True)
    return not failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument(
        "--load", type=int, default=2, help="busy loops running meanwhile"
    )
    parser.add_argument("--methods", default="fork,spawn,forkserver")
    parser.add_argument("--nested-pythons", default="auto")
    args = parser.parse_args()
    pool_map, nested = PROGRAMS[0], PROGRAMS[3]
    pythons = (
        other_interpreters()
        if args.nested_pythons == "auto"
        else []
        if args.nested_pythons == "none"
        else args.nested_pythons.split(",")
    )
    spinners = [
        subprocess.Popen([sys.executable, "-c", SPINNER], start_new_session=True)
        for _ in range(args.load)
    ]
    try:
        pool_check = (pool_map.path, "square_in_pool", 8)
        results = [
            _case(
                f"pool_map.py {method}",
                args.runs,
                pool_check,
                [str(pool_map.path), method],
            )
            for method in args.methods.split(",")
        ]
        nested_check = (nested.path, "leaf_in_grandchild", 4)
        results += [
            _case(
                f"nested_workers.py fork ({python})",
                args.runs,
                nested_check,
                ["--python", python, str(nested.path), "fork"],
            )
            for python in pythons
        ]
    finally:
        for spinner in spinners:
            kill_session(spinner.pid)
            spinner.wait()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
