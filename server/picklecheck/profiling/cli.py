"""`picklecheck profile script.py [args...]`: profile a program and all its worker processes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from picklecheck.profiling.collect import ProcessProfile, load_profiles, merge
from picklecheck.profiling.flame import FlameOutputs, write_flame_graphs
from picklecheck.profiling.launch import Target, clear_previous_output, run_profiled
from picklecheck.profiling.summary import (
    RunSummary,
    function_totals,
    is_waiting,
    render_text,
    to_json,
)

USAGE_ERROR = 2
DEFAULT_OUTDIR = "picklecheck-profile"
# summary.json feeds tools (the VS Code view sorts and filters it): it keeps more functions.
JSON_FUNCTIONS = 300


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="picklecheck profile",
        description=(
            "Run a Python program as `python script.py` would, profile its main process and "
            "every multiprocessing / concurrent.futures worker (fork, spawn, forkserver, nested), "
            "write one .prof per process plus merged.prof, and print a summary."
        ),
    )
    parser.add_argument(
        "--outdir",
        default=DEFAULT_OUTDIR,
        type=Path,
        help=f"where profiles and summary.json go (default: ./{DEFAULT_OUTDIR})",
    )
    parser.add_argument(
        "--top",
        type=int,
        default=15,
        metavar="N",
        help=f"functions in the table (default: 15; JSON keeps {JSON_FUNCTIONS} or N if more)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the summary as JSON instead of a table; the program's own stdout then goes "
        "to stderr, so stdout holds the JSON document only",
    )
    parser.add_argument(
        "--json-file",
        type=Path,
        metavar="FILE",
        help="also write the summary as JSON to FILE (the table still goes to stdout)",
    )
    parser.add_argument(
        "--timer",
        choices=("wall", "cpu"),
        default="wall",
        help="what function times measure: wall clock (default; waiting shows) or the CPU time "
        "of the profiled thread (steady under load; waiting is near zero)",
    )
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="interpreter that runs the program (default: the one running picklecheck)",
    )
    parser.add_argument(
        "-m",
        dest="module",
        action="store_true",
        help="the target is a module name, run as `python -m module`",
    )
    parser.add_argument("target", help="the script (or, with -m, the module) to run")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program")
    return parser


def _parse(argv: Sequence[str]) -> argparse.Namespace | int:
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else USAGE_ERROR
    if args.top < 0:
        print("picklecheck profile: --top must not be negative", file=sys.stderr)
        return USAGE_ERROR
    if not args.module and not Path(args.target).exists():
        print(f"picklecheck profile: no such script: {args.target}", file=sys.stderr)
        return USAGE_ERROR
    return args


def _flame_graphs(
    outdir: Path, profiles: list[ProcessProfile], target: Target
) -> FlameOutputs | None:
    processes = [(profile.pid, profile.role, profile.entries()) for profile in profiles]
    program = Path(target.name).name if not target.is_module else f"-m {target.name}"
    return write_flame_graphs(outdir, processes, program, is_waiting)


def _write_atomically(path: Path, text: str) -> None:
    """The editor polls for summary.json while the run goes on: it must never see half a file."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program profiled; returns its exit status (2 for a usage error)."""
    parsed = _parse(sys.argv[1:] if argv is None else argv)
    if isinstance(parsed, int):
        return parsed
    target = Target(parsed.target, tuple(parsed.args), is_module=parsed.module)
    outdir: Path = parsed.outdir
    try:
        clear_previous_output(outdir)
    except OSError as exc:
        print(f"picklecheck profile: cannot use {outdir} for profiles: {exc}", file=sys.stderr)
        return USAGE_ERROR
    try:
        exit_code = run_profiled(
            target, outdir, parsed.python, timer=parsed.timer, program_output_to_stderr=parsed.json
        )
    except OSError as exc:
        print(f"picklecheck profile: cannot run {parsed.python}: {exc}", file=sys.stderr)
        return USAGE_ERROR
    profiles = load_profiles(outdir)
    merged_profile = merge(profiles, outdir / "merged.prof")
    summary = RunSummary(
        command=target.command(parsed.python),
        exit_code=exit_code,
        outdir=outdir,
        merged_profile=merged_profile,
        profiles=profiles,
        functions=function_totals(profiles),
        program_file=None if target.is_module else Path(target.name),
        target=target,
        timer=parsed.timer,
        flame=_flame_graphs(outdir, profiles, target),
    )
    json_top = max(parsed.top, JSON_FUNCTIONS)
    document = json.dumps(to_json(summary, json_top), indent=2) + "\n"
    _write_atomically(outdir / "summary.json", document)
    if parsed.json_file is not None:
        try:
            parsed.json_file.write_text(document, encoding="utf-8")
        except OSError as exc:
            print(f"picklecheck profile: cannot write {parsed.json_file}: {exc}", file=sys.stderr)
    output = document if parsed.json else render_text(summary, parsed.top)
    # After the program's own output (which --json sent to stderr).
    sys.stdout.write(output)
    return exit_code
