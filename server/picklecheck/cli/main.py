"""`picklecheck` entry point: parse arguments and dispatch to a subcommand.

Exit codes: 0 nothing found, 1 findings, 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from picklecheck._version import __version__
from picklecheck.cli import check, delegate, fix, rule_command
from picklecheck.cli.exit_codes import FINDINGS, USAGE_ERROR
from picklecheck.gc_tuning import tune_garbage_collection


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="picklecheck",
        description="Find values that cannot be pickled where they cross a process boundary.",
    )
    parser.add_argument("--version", action="version", version=f"picklecheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check.add_arguments(commands.add_parser("check", help="report pickling problems in files"))
    rule_command.add_arguments(commands.add_parser("rule", help="explain a rule"))
    fix.add_arguments(commands.add_parser("fix", help="apply quick fixes to files"))
    serve = commands.add_parser("serve", help="run the language server over stdio")
    serve.add_argument("--stdio", action="store_true", help="accepted for LSP clients; the default")
    commands.add_parser(
        "profile",
        help="profile a script and all its worker processes (picklecheck profile -h)",
        add_help=False,
    )
    return parser


RUNNERS = {"check": check.run, "rule": rule_command.run, "fix": fix.run}
# Commands that run none of the user's code: their process may end without tearing down.
_LEAVE_AT_ONCE = frozenset({"check", "fix", "rule"})


def _run_until_the_reader_leaves(args: argparse.Namespace) -> int:
    """`picklecheck check | head` must not end in a BrokenPipeError traceback."""
    try:
        result: int = RUNNERS[args.command](args)
        sys.stdout.flush()
        return result
    except BrokenPipeError:
        # Python would report the pipe again while flushing stdout at exit; point it nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return FINDINGS


def run() -> NoReturn:
    """The console entry (`picklecheck ...`, `python -m picklecheck ...`): `main`, then exit.

    After `check` or `fix` the process holds every tree astroid built, tens of millions of
    objects; letting the interpreter free them one by one at exit cost a sixth of a cold
    `check` of the benchmark corpus. Those commands run none of the user's code (no atexit
    handler of theirs can be pending) and write results and cache records before returning,
    so the process leaves at once, as mypy does. `profile` runs the user's script, whose exit
    handlers must run, and `serve` ends as usual."""
    code = main()
    if sys.argv[1:2] and sys.argv[1] in _LEAVE_AT_ONCE:
        _flush_quietly()
        os._exit(code)
    raise SystemExit(code)


def _flush_quietly() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that left, a stream already closed
            continue


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["profile"]:
        # Everything after `profile` belongs to the profiler and the user's script.
        return delegate.run_profile(args_list[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else USAGE_ERROR
    if args.command == "serve":
        return delegate.run_serve()  # the server keeps the default thresholds (gc_tuning.py)
    tune_garbage_collection()
    if args.command in RUNNERS:
        return _run_until_the_reader_leaves(args)
    parser.print_help(sys.stderr)
    return USAGE_ERROR
