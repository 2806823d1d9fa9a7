"""The picklecheck benchmark: one command, one table, results kept as JSON and Markdown.

    python bench/run.py [--quick] [--skip-pylint] [--skip-lsp] [--memory-edits N]

Measures on the pinned corpus (bench/corpus.py): ast.parse (the floor), the picklecheck CLI
cold (the median of three runs, each with an empty cache) and warm with --jobs 1 and 2, per-file engine time, pylint with default checks (in its own
venv, bench/.venv-pylint, so its astroid cannot disturb ours), and the language server's
latencies on generated 1k- and 6k-line files. Prints a Markdown table with issue 7's targets and
writes bench/results/<UTC time>.json and .md. `--quick` uses a small slice of the corpus and
fewer edits (a smoke run); only full runs are comparable with the targets.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import picklecheck
from corpus import CACHE, CORPUS, MANIFEST, corpus_files
from generate import generate_program
from measure import Measurement, run_measured
from picklecheck.cli.cache import FORMAT as CACHE_FORMAT

PYLINT_VERSION = "4.1.4"
PYLINT_VENV = BENCH / ".venv-pylint"
ASTROID_VERSION = importlib.metadata.version("astroid")
RESULTS = BENCH / "results"
WORK = CACHE / "run"
QUICK_PARTS = ("stdlib-", "mpire-")
STDLIB = "stdlib mp set:"
PYTHON = sys.executable
LOAD_AT_START = os.getloadavg()

PARSE_SCRIPT = """
import ast, sys
for name in open(sys.argv[1]).read().split("\\n"):
    if name:
        ast.parse(open(name, "rb").read(), name)
"""


@dataclass
class Row:
    """One line of the results table."""

    name: str
    seconds: float | None = None
    peak_rss_mb: float | None = None
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    cpu_seconds: float | None = None

    @classmethod
    def measured(cls, name: str, measured: Measurement, detail: str = "") -> Row:
        return cls(
            name,
            measured.seconds,
            measured.peak_rss_mb,
            detail,
            {},
            measured.cpu_seconds,
        )


@dataclass
class Target:
    label: str
    goal: str
    measured: str
    passed: bool | None  # None: not measured in this run


@dataclass
class Plan:
    quick: bool
    files: list[Path]
    edits: int
    hovers: int
    memory_edits: int


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="small corpus slice, few edits"
    )
    parser.add_argument("--skip-pylint", action="store_true")
    parser.add_argument("--skip-lsp", action="store_true")
    parser.add_argument(
        "--memory-edits", type=int, help="edits for the server memory check"
    )
    args = parser.parse_args()
    compile_bytecode()
    plan = make_plan(args.quick)
    if args.memory_edits is not None:
        plan.memory_edits = args.memory_edits
    rows = corpus_rows(plan, skip_pylint=args.skip_pylint)
    lsp = [] if args.skip_lsp else editor_rows(plan)
    targets = evaluate(rows, lsp)
    document = render(plan, rows, lsp, targets)
    print(document)
    save(plan, rows, lsp, targets, document)
    return 0


def compile_bytecode() -> None:
    """Measure picklecheck as installed: pip compiles a wheel's modules at install time (as it
    did for astroid and pylint), an editable install never does, and with
    PYTHONDONTWRITEBYTECODE set (as on these machines) every run compiled all of picklecheck
    again: about 0.1 CPU s per run, measured."""
    package = Path(picklecheck.__file__).resolve().parent
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(package)], check=True, cwd=BENCH
    )


def make_plan(quick: bool) -> Plan:
    files = corpus_files()
    if quick:
        files = [
            f for f in files if f.relative_to(CORPUS).parts[0].startswith(QUICK_PARTS)
        ]
    return Plan(
        quick=quick,
        files=files,
        edits=10 if quick else 40,
        hovers=10 if quick else 40,
        memory_edits=500 if quick else 5_000,
    )


# --- whole-corpus tools --------------------------------------------------------------------


def corpus_rows(plan: Plan, skip_pylint: bool) -> list[Row]:
    WORK.mkdir(parents=True, exist_ok=True)
    listing = WORK / "files.txt"
    listing.write_text("\n".join(str(f) for f in plan.files))
    rows = [measure_parse(listing)]
    rows += measure_cli(plan)
    rows.append(measure_engine_files(listing))
    if not skip_pylint:
        rows.append(measure_pylint(plan.files))
    rows += stdlib_rows(skip_pylint)
    return rows


def stdlib_files() -> list[Path]:
    """The standard library's multiprocessing set, read where the running Python keeps it."""
    library = Path(sysconfig.get_paths()["stdlib"])
    files = [*sorted((library / "multiprocessing").rglob("*.py"))]
    files += sorted((library / "concurrent").rglob("*.py"))
    files.append(library / "test" / "_test_multiprocessing.py")
    return [f for f in files if "__pycache__" not in f.parts]


def stdlib_rows(skip_pylint: bool) -> list[Row]:
    """Issue 11's second corpus, each tool on the same files in the same run."""
    files = stdlib_files()
    listing = WORK / "stdlib-files.txt"
    listing.write_text("\n".join(str(f) for f in files))
    parse = measure_parse(listing)
    parse.name = f"{STDLIB} ast.parse (floor, best of 3)"
    rows = [parse]
    with tempfile.TemporaryDirectory(prefix="pc-bench-") as scratch:
        cold = run_cli_cold(files, 1, Path(scratch))
        cold.name = f"{STDLIB} picklecheck check --jobs 1, cold"
        rows.append(cold)
    if not skip_pylint:
        pylint = measure_pylint(files)
        pylint.name = f"{STDLIB} pylint"
        rows.append(pylint)
    return rows


def measure_parse(listing: Path) -> Row:
    runs = [run_measured([PYTHON, "-c", PARSE_SCRIPT, str(listing)]) for _ in range(3)]
    best = min(runs, key=lambda m: m.seconds)
    return Row.measured("ast.parse (floor, best of 3)", best)


def measure_cli(plan: Plan) -> list[Row]:
    """Cold: fresh process, empty cache and working directory. Warm: the same run repeated,
    so any on-disk cache the CLI keeps (and the OS file cache) is populated."""
    roots = sorted({CORPUS / f.relative_to(CORPUS).parts[0] for f in plan.files})
    rows = []
    for jobs in (1, 2):
        with tempfile.TemporaryDirectory(prefix="pc-bench-") as scratch:
            rows.append(run_cli_cold(roots, jobs, Path(scratch)))
            rows.append(run_cli(roots, jobs, "warm", Path(scratch)))
            if jobs == 1:
                rows.append(touched_row(roots, plan.files, Path(scratch)))
    return rows


def touched_row(roots: list[Path], files: list[Path], scratch: Path) -> Row:
    """A warm cache, then one edited file: it and the files importing it are analysed again.
    The file is the one most other results depend on, by the cache's own records (the worst
    case for the cache)."""
    records = scratch / "xdg" / "picklecheck" / f"v{CACHE_FORMAT}"
    touched = _most_depended_on(records) or files[0]
    original = touched.read_bytes()
    # A code change, not a comment: a new module-level name, used by none of the dependents.
    touched.write_bytes(original + TOUCH)
    try:
        row = run_cli(roots, 1, "touched", scratch)
    finally:
        touched.write_bytes(original)
    row.name = "picklecheck check --jobs 1, one file touched"
    row.detail += f"; touched {touched.relative_to(CORPUS)}"
    return row


TOUCH = b"\n\ndef _added_by_the_benchmark():\n    return 1\n"


def _most_depended_on(records: Path) -> Path | None:
    counts: dict[str, int] = {}
    for record in records.glob("*.json"):
        for dependency in json.loads(record.read_text()).get("dependencies", []):
            counts[dependency[0]] = counts.get(dependency[0], 0) + 1
    if not counts:
        return None
    return Path(max(counts, key=lambda name: (counts[name], name)))


# A single cold run varied by 10% between runs on an idle machine: the median of a few, each
# with an empty cache (the last in `scratch`, whose cache the warm run then finds).
COLD_RUNS = 3


def run_cli_cold(roots: list[Path], jobs: int, scratch: Path) -> Row:
    runs = []
    for _ in range(COLD_RUNS - 1):
        with tempfile.TemporaryDirectory(prefix="pc-bench-") as other:
            runs.append(run_cli(roots, jobs, "cold", Path(other)))
    runs.append(run_cli(roots, jobs, "cold", scratch))
    ranked = sorted(runs, key=lambda row: row.cpu_seconds or 0.0)
    chosen = ranked[len(ranked) // 2]
    cpu = ", ".join(
        f"{row.cpu_seconds:.2f}" for row in runs if row.cpu_seconds is not None
    )
    chosen.detail += f"; median of {len(runs)} cold runs (CPU s: {cpu})"
    return chosen


def run_cli(roots: list[Path], jobs: int, phase: str, scratch: Path) -> Row:
    output = WORK / f"cli-j{jobs}-{phase}.json"
    command = [
        PYTHON,
        "-m",
        "picklecheck",
        "check",
        *map(str, roots),
        "--format",
        "json",
    ]
    command += ["--jobs", str(jobs), "--statistics", "--no-progress", "--exit-zero"]
    environment = {**os.environ, "XDG_CACHE_HOME": str(scratch / "xdg")}
    # the result cache lives in the scratch folder, whatever the caller's environment says
    environment.pop("PICKLECHECK_CACHE_DIR", None)
    measured = run_measured(command, output, cwd=scratch, env=environment)
    cache = "empty cache" if phase == "cold" else "cache kept"
    row = Row.measured(f"picklecheck check --jobs {jobs}, {phase}", measured)
    row.name += f" ({cache})" if phase in ("cold", "warm") else ""
    try:
        result = json.loads(output.read_text())
    except (OSError, ValueError):
        row.detail = f"exit {measured.returncode}, no JSON"
        return row
    stats = result.get("statistics", {})
    row.extra = {"summary": result.get("summary", {}), "statistics": stats}
    row.detail = (
        f"{result['summary']['files']} files, {result['summary']['findings']} findings, "
        f"{stats.get('files_prefiltered', 0)} prefiltered, "
        f"{stats.get('budget_exceeded', 0)} over budget, "
        f"{stats.get('files_cached', 0)} from the cache"
    )
    return row


def measure_engine_files(listing: Path) -> Row:
    output = WORK / "engine-files.json"
    measured = run_measured(
        [PYTHON, str(BENCH / "engine_probe.py"), "files", str(listing)], output
    )
    result: dict[str, Any] = json.loads(output.read_text())
    slowest: dict[str, Any] = (
        result["slowest"][0] if result["slowest"] else {"file": "-"}
    )
    detail = (
        f"per file: median {result['median_ms']:.0f} ms, p99 {result['p99_ms']:.0f} ms, "
        f"max {result['max_s']:.2f} s ({Path(slowest['file']).name}); "
        f"{result['over_budget']} files over 2 s"
    )
    row = Row.measured("engine per file (in-process)", measured, detail)
    row.extra = result
    return row


def measure_pylint(files: list[Path]) -> Row:
    """pylint's CPU time varied by 10% between runs of one machine, the whole margin of a ratio
    target: the median of as many runs as the cold engine rows take."""
    pylint = ensure_pylint()
    output = WORK / "pylint.txt"
    runs = []
    for _ in range(COLD_RUNS):
        with tempfile.TemporaryDirectory(prefix="pc-bench-pylint-") as scratch:
            command = [str(pylint), "--jobs", "1", "--persistent", "n", "--score", "n"]
            runs.append(
                run_measured([*command, *map(str, files)], output, cwd=Path(scratch))
            )
    measured = sorted(runs, key=lambda run: run.cpu_seconds or 0.0)[len(runs) // 2]
    messages = sum(
        1 for line in output.read_text(errors="replace").splitlines() if ": " in line
    )
    cpu = ", ".join(
        f"{run.cpu_seconds:.2f}" for run in runs if run.cpu_seconds is not None
    )
    detail = (
        f"pylint {PYLINT_VERSION} on astroid {ASTROID_VERSION}, default checks, -j1, "
        f"{messages} messages; median of {len(runs)} runs (CPU s: {cpu})"
    )
    return Row.measured("pylint", measured, detail)


def ensure_pylint() -> Path:
    """pylint on the astroid the engine uses, so both build the same trees the same way (pip
    alone resolves a newer astroid, on which pylint 4.1.4 crashed on a corpus file)."""
    beside = Path(PYTHON).parent / "pylint"
    if beside.exists():
        return beside  # installed in the project's venv (pip install pylint==PYLINT_VERSION)
    executable = PYLINT_VENV / "bin" / "pylint"
    python = PYLINT_VENV / "bin" / "python"
    if not executable.exists() or _astroid_of(python) != ASTROID_VERSION:
        subprocess.run([PYTHON, "-m", "venv", "--clear", str(PYLINT_VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run(
            [*pip, f"pylint=={PYLINT_VERSION}", f"astroid=={ASTROID_VERSION}"],
            check=True,
        )
    return executable


def _astroid_of(python: Path) -> str | None:
    if not python.exists():
        return None
    found = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m; print(m.version('astroid'))",
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    return found.stdout.strip() or None


# --- editor latencies -----------------------------------------------------------------------


def editor_rows(plan: Plan) -> list[Row]:
    rows = []
    for lines in (1_000, 6_000):
        # A folder each: the server checks a small workspace when it starts, and the other
        # file's analysis would delay this one's.
        folder = CACHE / "lsp" / f"{lines // 1000}k"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"generated_{lines // 1000}k.py"
        path.write_text(generate_program(lines))
        rows.append(engine_edit_row(path, plan.edits))
        memory_edits = plan.memory_edits if lines == 1_000 else 0
        rows.append(lsp_row(path, plan, memory_edits))
    return rows


def engine_edit_row(path: Path, edits: int) -> Row:
    output = WORK / f"engine-edits-{path.stem}.json"
    command = [PYTHON, str(BENCH / "engine_probe.py"), "edits", str(path), str(edits)]
    measured = run_measured(command, output)
    result = json.loads(output.read_text())
    row = Row(
        f"engine re-analysis, {path.stem} (in-process)", None, measured.peak_rss_mb
    )
    row.detail = (
        f"cold {result['cold_s']:.2f} s; after an edit, full re-analysis: median "
        f"{result['edit_median_ms']:.0f} ms, p90 {result['edit_p90_ms']:.0f} ms; incremental: "
        f"median {result['incremental_median_ms']:.1f} ms, p90 {result['incremental_p90_ms']:.1f} ms"
    )
    if result.get("revisions_over_budget"):
        row.detail += (
            f"; {result['revisions_over_budget']} revisions over the file budget"
        )
    row.extra = result
    return row


def lsp_row(path: Path, plan: Plan, memory_edits: int) -> Row:
    output = WORK / f"lsp-{path.stem}.json"
    command = [PYTHON, str(BENCH / "lsp_latency.py"), str(path)]
    command += ["--edits", str(plan.edits), "--hovers", str(plan.hovers)]
    command += ["--memory-edits", str(memory_edits)]
    measured = run_measured(command, output)
    row = Row(f"LSP server, {path.stem}")
    try:
        result = json.loads(output.read_text())
    except (OSError, ValueError):
        result = {"error": f"no result (client exit {measured.returncode})"}
    if "error" in result:
        row.detail = f"failed: {result['error']}"
        row.extra = result
        return row
    row.extra = result
    row.seconds = result["first_diagnostics_s"]
    row.peak_rss_mb = result.get("server_peak_rss_mb")
    row.detail = lsp_detail(result)
    return row


def lsp_detail(result: dict[str, Any]) -> str:
    text = (
        f"first diagnostics {result['first_diagnostics_s']:.2f} s (cold), "
        f"{result.get('reopened_first_diagnostics_s', float('nan')):.2f} s (reopened, cache "
        "kept); edit to diagnostics: "
        f"saved median {result['saved_edit_median_ms']:.0f} ms "
        f"(p90 {result['saved_edit_p90_ms']:.0f}), typed (with the server's debounce) median "
        f"{result['edit_median_ms']:.0f} ms; hover median "
        f"{result['hover_median_ms']:.1f} ms ({result['hover_answered']}/{result['hovers']} "
        "answered)"
    )
    if "rss_growth" in result:
        text += (
            f"; RSS {result['rss_after_50_mb']:.0f} MB after 50 edits, "
            f"{result['rss_after_all_mb']:.0f} MB after {result['memory_edits']}"
        )
    return text


# --- targets and output ---------------------------------------------------------------------


def evaluate(rows: list[Row], lsp: list[Row]) -> list[Target]:
    by_name = {row.name: row for row in rows + lsp}
    targets = [corpus_target(by_name)]
    targets += issue_11_targets(by_name)
    targets += [edit_target(by_name, "1k", 50), edit_target(by_name, "6k", 200)]
    targets += [hover_target(by_name), memory_target(by_name), per_file_target(by_name)]
    return targets


def corpus_target(by_name: dict[str, Row]) -> Target:
    ours = by_name.get("picklecheck check --jobs 1, cold (empty cache)")
    pylint = by_name.get("pylint")
    goal = "<= 1/8 of pylint"
    if not ours or not pylint or ours.seconds is None or pylint.seconds is None:
        return Target("corpus cold, --jobs 1", goal, "not measured", None)
    ratio = ours.seconds / pylint.seconds
    measured = f"{ours.seconds:.1f} s vs {pylint.seconds:.1f} s = 1/{1 / ratio:.1f}"
    if ours.cpu_seconds and pylint.cpu_seconds:
        measured += f" (CPU: 1/{pylint.cpu_seconds / ours.cpu_seconds:.1f})"
    return Target("corpus cold, --jobs 1", goal, measured, ratio <= 1 / 8)


def cpu_ratio_target(
    by_name: dict[str, Row], label: str, ours: str, theirs: str, limit: float, goal: str
) -> Target:
    """`ours` CPU seconds at most `limit` times `theirs` (limit < 1: a fraction)."""
    mine, other = by_name.get(ours), by_name.get(theirs)
    if not mine or not other or not mine.cpu_seconds or not other.cpu_seconds:
        return Target(label, goal, "not measured", None)
    ratio = mine.cpu_seconds / other.cpu_seconds
    shown = f"1/{1 / ratio:.1f}" if ratio < 1 else f"{ratio:.2f}x"
    measured = f"CPU {mine.cpu_seconds:.2f} s vs {other.cpu_seconds:.2f} s = {shown}"
    return Target(label, goal, measured, ratio <= limit)


def issue_11_targets(by_name: dict[str, Row]) -> list[Target]:
    cold = "picklecheck check --jobs 1, cold (empty cache)"
    targets = [
        cpu_ratio_target(
            by_name,
            "corpus cold, --jobs 1 (issue 11)",
            cold,
            "pylint",
            1 / 12,
            "<= 1/12 of pylint CPU",
        ),
        cpu_ratio_target(
            by_name,
            "stdlib mp set cold, --jobs 1",
            f"{STDLIB} picklecheck check --jobs 1, cold",
            f"{STDLIB} pylint",
            1 / 12,
            "<= 1/12 of pylint CPU",
        ),
        cpu_ratio_target(
            by_name,
            "corpus warm, nothing changed",
            "picklecheck check --jobs 1, warm (cache kept)",
            "ast.parse (floor, best of 3)",
            2.0,
            "<= 2x ast.parse CPU",
        ),
    ]
    touched = by_name.get("picklecheck check --jobs 1, one file touched")
    label, goal = "corpus, one file touched", "< 1 s"
    if touched and touched.cpu_seconds is not None and touched.seconds is not None:
        measured = f"CPU {touched.cpu_seconds:.2f} s, wall {touched.seconds:.2f} s"
        targets.append(Target(label, goal, measured, touched.cpu_seconds < 1.0))
    else:
        targets.append(Target(label, goal, "not measured", None))
    return [*targets, *server_open_targets(by_name.get("LSP server, generated_6k"))]


def server_open_targets(server: Row | None) -> list[Target]:
    """Opening the 6k-line file in a fresh server: once a server has recorded it (the result
    cache), and never seen before (cold; reported beside, with the same goal)."""
    goal = "< 1 s"
    cases = [
        (
            "server first diagnostics, 6k lines, seen before",
            "reopened_first_diagnostics_s",
        ),
        (
            "server first diagnostics, 6k lines, never seen (cold)",
            "first_diagnostics_s",
        ),
    ]
    targets = []
    for label, key in cases:
        seconds = server.extra.get(key) if server else None
        if isinstance(seconds, (int, float)):
            targets.append(
                Target(label, goal, f"{seconds:.2f} s (wall)", seconds < 1.0)
            )
        else:
            targets.append(Target(label, goal, "not measured", None))
    return targets


def edit_target(by_name: dict[str, Row], size: str, limit_ms: float) -> Target:
    label = f"re-analysis after an edit and save, {size} lines (LSP)"
    return lsp_metric_target(
        by_name, size, label, "saved_edit_median_ms", limit_ms, "median"
    )


def hover_target(by_name: dict[str, Row]) -> Target:
    return lsp_metric_target(
        by_name, "1k", "hover (LSP, 1k file)", "hover_median_ms", 20, "median"
    )


def lsp_metric_target(
    by_name: dict[str, Row], size: str, label: str, key: str, limit: float, kind: str
) -> Target:
    row = by_name.get(f"LSP server, generated_{size}")
    goal = f"< {limit:.0f} ms {kind}"
    if not row or key not in row.extra:
        return Target(label, goal, "not measured", None)
    value = float(row.extra[key])
    return Target(label, goal, f"{value:.1f} ms", value < limit)


def memory_target(by_name: dict[str, Row]) -> Target:
    row = by_name.get("LSP server, generated_1k")
    label = "server memory after many edits"
    if not row or "rss_growth" not in row.extra:
        return Target(label, "<= 1.5x of after 50", "not measured", None)
    growth = float(row.extra["rss_growth"])
    edits = row.extra["memory_edits"]
    return Target(
        label, "<= 1.5x of after 50", f"{growth:.2f}x after {edits}", growth <= 1.5
    )


def per_file_target(by_name: dict[str, Row]) -> Target:
    row = by_name.get("engine per file (in-process)")
    if not row or "max_s" not in row.extra:
        return Target("slowest single file", "<= 2 s", "not measured", None)
    slowest = float(row.extra["max_s"])
    return Target("slowest single file", "<= 2 s", f"{slowest:.2f} s", slowest <= 2.0)


def _load_warning() -> str:
    """Said only when the load exceeded the CPU count: then other work competed."""
    if max(LOAD_AT_START[0], os.getloadavg()[0]) <= (os.cpu_count() or 1):
        return ""
    return " (above the CPU count: other work competed and times are inflated)"


def render(plan: Plan, rows: list[Row], lsp: list[Row], targets: list[Target]) -> str:
    lines_total = sum(f.read_bytes().count(b"\n") + 1 for f in plan.files)
    heading = [
        f"# picklecheck benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
        + (" (quick)" if plan.quick else ""),
        "",
        (
            f"Corpus: {len(plan.files)} files, {lines_total:,} lines ({corpus_parts(plan)}). "
            f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average "
            f"{LOAD_AT_START[0]:.1f} at start, {os.getloadavg()[0]:.1f} at end"
            f"{_load_warning()}."
        ),
        "",
        "| measurement | seconds | CPU s | peak RSS MB | notes |",
        "|---|---|---|---|---|",
    ]
    table = [table_line(row) for row in rows + lsp]
    goals = [
        "",
        "| target (issues 7, 11) | goal | measured | result |",
        "|---|---|---|---|",
    ]
    goals += [
        f"| {t.label} | {t.goal} | {t.measured} | {verdict(t.passed)} |"
        for t in targets
    ]
    return "\n".join(heading + table + goals) + "\n"


def corpus_parts(plan: Plan) -> str:
    manifest = json.loads(MANIFEST.read_text())
    used = {f.relative_to(CORPUS).parts[0] for f in plan.files}
    parts = [p for p in manifest["parts"] if p["directory"] in used]
    return ", ".join(f"{p['name']} {p['version']}" for p in parts)


def table_line(row: Row) -> str:
    seconds = "" if row.seconds is None else f"{row.seconds:.2f}"
    memory = "" if row.peak_rss_mb is None else f"{row.peak_rss_mb:.0f}"
    cpu = "" if row.cpu_seconds is None else f"{row.cpu_seconds:.2f}"
    return f"| {row.name} | {seconds} | {cpu} | {memory} | {row.detail} |"


def verdict(passed: bool | None) -> str:
    return {True: "pass", False: "FAIL", None: "n/a"}[passed]


def save(
    plan: Plan, rows: list[Row], lsp: list[Row], targets: list[Target], text: str
) -> None:
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%MZ") + (
        "-quick" if plan.quick else ""
    )
    data = {
        "quick": plan.quick,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": {"start": LOAD_AT_START[0], "end": os.getloadavg()[0]},
        "manifest": json.loads(MANIFEST.read_text()),
        "rows": [as_json(row) for row in rows + lsp],
        "targets": [vars(t) for t in targets],
    }
    (RESULTS / f"{stamp}.json").write_text(json.dumps(data, indent=1, default=str))
    (RESULTS / f"{stamp}.md").write_text(text)
    print(f"results: {RESULTS / stamp}.json, .md", file=sys.stderr)


def as_json(row: Row) -> dict[str, Any]:
    return {
        "name": row.name,
        "seconds": row.seconds,
        "peak_rss_mb": row.peak_rss_mb,
        "cpu_seconds": row.cpu_seconds,
        "detail": row.detail,
        **row.extra,
    }


if __name__ == "__main__":
    raise SystemExit(main())
