"""picklecheck profile against py-spy and viztracer on the same multi-process script.

    python bench/profile_compare.py --tools-bin DIR [--runs 3]

DIR holds `py-spy` and `viztracer` (e.g. a venv where `pip install py-spy viztracer` ran; they
are not test dependencies). For fork, spawn and forkserver, each tool profiles
tests/profiling/scripts/ratio_worker.py (every worker task spends 3 units of work in one function
for each unit in another) and a Pool script that exits with status 2. One JSON line per run:
workers covered (processes whose data holds the two functions), the 3:1 ratio as measured,
the run's wall time over the fastest of two direct runs, and the exit status passed on.
The table in docs/profiling.md comes from this script.
"""

from __future__ import annotations

import argparse
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SCRIPTS = Path(__file__).resolve().parents[1] / "tests" / "profiling" / "scripts"
HEAVY, LIGHT = "three_units_in_worker", "one_unit_in_worker"
EXIT_TWO = """import multiprocessing, sys
def work(n):
    return n * 2
if __name__ == "__main__":
    with multiprocessing.get_context(sys.argv[1]).Pool(2) as pool:
        print(pool.map(work, range(4)))
    sys.exit(2)
"""


def _timed(command: list[str], cwd: Path) -> tuple[int, float]:
    started = time.monotonic()
    done = subprocess.run(
        command, check=False, cwd=cwd, capture_output=True, text=True, timeout=600
    )
    return done.returncode, time.monotonic() - started


def _ratio(heavy: float, light: float) -> float | None:
    return round(heavy / light, 2) if light else None


def picklecheck(method: str, work: Path, tools: Path) -> tuple[list[str], Any]:
    command = [
        sys.executable,
        "-m",
        "picklecheck",
        "profile",
        "--timer",
        "cpu",
        "--top",
        "0",
    ]

    def read() -> tuple[int, float | None]:
        summary = json.loads((work / "pc" / "summary.json").read_text(encoding="utf-8"))
        covered, heavy, light = 0, 0.0, 0.0
        for process in summary["processes"]:
            table = pstats.Stats(str(work / process["profile"])).stats  # type: ignore[attr-defined]
            found = {
                key[2]: entry[3]
                for key, entry in table.items()
                if key[2] in (HEAVY, LIGHT)
            }
            covered += bool(found)
            heavy, light = heavy + found.get(HEAVY, 0.0), light + found.get(LIGHT, 0.0)
        return covered, _ratio(heavy, light)

    return [*command, "--outdir", "pc"], read


def py_spy(method: str, work: Path, tools: Path) -> tuple[list[str], Any]:
    command = [
        str(tools / "py-spy"),
        "record",
        "--subprocesses",
        "--nonblocking",
        "-r",
        "200",
    ]

    def read() -> tuple[int, float | None]:
        document = json.loads((work / "spy.json").read_text(encoding="utf-8"))
        names = [frame["name"] for frame in document["shared"]["frames"]]
        covered, heavy, light = 0, 0.0, 0.0
        for profile in document["profiles"]:
            mine = {HEAVY: 0.0, LIGHT: 0.0}
            for stack, weight in zip(
                profile["samples"], profile["weights"], strict=True
            ):
                for name in {names[index] for index in stack} & set(mine):
                    mine[name] += weight
            covered += any(mine.values())
            heavy, light = heavy + mine[HEAVY], light + mine[LIGHT]
        return covered, _ratio(heavy, light)

    return [*command, "-f", "speedscope", "-o", "spy.json", "--", sys.executable], read


def viztracer(method: str, work: Path, tools: Path) -> tuple[list[str], Any]:
    def read() -> tuple[int, float | None]:
        document = json.loads((work / "viz.json").read_text(encoding="utf-8"))
        per_process: dict[int, dict[str, float]] = {}
        for event in document["traceEvents"]:
            name = event.get("name", "")
            if event.get("ph") == "X" and name.startswith((HEAVY, LIGHT)):
                key = HEAVY if name.startswith(HEAVY) else LIGHT
                shares = per_process.setdefault(event["pid"], {HEAVY: 0.0, LIGHT: 0.0})
                shares[key] += event["dur"]
        heavy = sum(shares[HEAVY] for shares in per_process.values())
        light = sum(shares[LIGHT] for shares in per_process.values())
        return len(per_process), _ratio(heavy, light)

    return [str(tools / "viztracer"), "-o", "viz.json"], read


TOOLS = {"picklecheck": picklecheck, "py-spy": py_spy, "viztracer": viztracer}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tools-bin", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="profile-compare-") as scratch:
        work = Path(scratch)
        (work / "ratio_worker.py").write_text(
            (SCRIPTS / "ratio_worker.py").read_text(encoding="utf-8"), encoding="utf-8"
        )
        (work / "exit_two.py").write_text(EXIT_TWO, encoding="utf-8")
        for _ in range(args.runs):
            for method in ("fork", "spawn", "forkserver"):
                direct = min(
                    _timed([sys.executable, "ratio_worker.py", method], work)[1]
                    for _ in range(2)
                )
                for name, tool in TOOLS.items():
                    prefix, read = tool(method, work, args.tools_bin)
                    code, seconds = _timed([*prefix, "ratio_worker.py", method], work)
                    try:
                        covered, ratio = read()
                    except (OSError, ValueError, KeyError) as exc:
                        covered, ratio = 0, f"no output: {exc!r}"
                    exit_two = _timed([*prefix, "exit_two.py", method], work)[0]
                    row = {
                        "tool": name,
                        "method": method,
                        "exit": code,
                        "covered": covered,
                    }
                    row |= {"ratio": ratio, "slowdown": round(seconds / direct, 2)}
                    print(json.dumps(row | {"exit_two": exit_two}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
