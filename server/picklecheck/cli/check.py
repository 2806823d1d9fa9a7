"""`picklecheck check PATH...`: analyse files and print findings in the chosen format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from picklecheck.cli import settings
from picklecheck.cli.cache import ResultCache, chosen_directory
from picklecheck.cli.exit_codes import CLEAN, FINDINGS, USAGE_ERROR
from picklecheck.cli.files import MissingPathError, discover, display_path
from picklecheck.cli.formats import RENDERERS
from picklecheck.cli.results import CheckResult
from picklecheck.cli.runner import Task, progress_stream, run_tasks
from picklecheck.engine.config import ConfigError


def add_selection_arguments(parser: argparse.ArgumentParser, paths_required: bool) -> None:
    """Flags shared by `check` and `fix`: which files, which rules, which runtime to assume."""
    if paths_required:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    else:
        parser.add_argument(
            "paths", nargs="*", type=Path, default=[Path(".")], metavar="PATH", help="default: ."
        )
    parser.add_argument(
        "--exclude", action="append", default=[], metavar="GLOB", help="skip matching paths"
    )
    parser.add_argument("--config", type=Path, metavar="FILE", help="pyproject.toml or bare TOML")
    parser.add_argument("--target-version", metavar="X.Y", help="Python to reason about")
    parser.add_argument(
        "--start-method", choices=["fork", "spawn", "forkserver", "auto"], help="assume this one"
    )
    parser.add_argument(
        "--platform", action="append", metavar="NAME", help="linux, macos, windows (repeatable)"
    )
    parser.add_argument(
        "--select", action="append", metavar="RULES", help="only these (codes or names)"
    )
    parser.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_selection_arguments(parser, paths_required=False)
    parser.add_argument("--format", choices=sorted(RENDERERS), default="text", help="default: text")
    parser.add_argument("--output", "-o", type=Path, metavar="FILE", help="write here, not stdout")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="0: one per CPU")
    parser.add_argument("--statistics", action="store_true", help="counts per rule and timings")
    parser.add_argument("--no-progress", action="store_true", help="never show progress")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        metavar="DIR",
        help="result cache folder (default: $PICKLECHECK_CACHE_DIR, else the user cache folder)",
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")


def resolver_from(args: argparse.Namespace) -> settings.ConfigResolver:
    fixed = settings.read_config_file(args.config) if args.config else None
    return settings.ConfigResolver(settings.flags_from(args), fixed)


def collect_tasks(args: argparse.Namespace) -> list[Task]:
    """Raises ConfigError or MissingPathError, both usage errors."""
    resolver = resolver_from(args)
    files = discover(args.paths, args.exclude)
    return [(str(path), display_path(path), resolver.for_file(path)) for path in files]


def run(args: argparse.Namespace) -> int:
    try:
        tasks = collect_tasks(args)
    except (ConfigError, MissingPathError) as exc:
        print(f"picklecheck: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    if args.jobs < 0:
        print("picklecheck: error: --jobs must be 0 or more", file=sys.stderr)
        return USAGE_ERROR
    cache = None if args.no_cache else ResultCache(chosen_directory(args.cache_dir))
    files = run_tasks(tasks, args.jobs, progress_stream(not args.no_progress), cache)
    result = CheckResult(files)
    output = RENDERERS[args.format](result, args.statistics)
    if args.output is None:
        sys.stdout.write(output)
    else:
        try:
            args.output.write_text(output, encoding="utf-8")
        except OSError as exc:
            print(f"picklecheck: error: cannot write {args.output}: {exc}", file=sys.stderr)
            return USAGE_ERROR
    for path, why in result.problems():
        if args.format != "text":  # text output already lists them
            print(f"picklecheck: {path}: not checked: {why}", file=sys.stderr)
    return FINDINGS if result.failing() and not args.exit_zero else CLEAN
