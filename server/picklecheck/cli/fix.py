"""`picklecheck fix PATH...`: apply quick fixes to files (safe ones unless --unsafe).

The fixes themselves live in `picklecheck.engine.fixes` (imported lazily: a build without it
says so). Every applied fix is followed by a fresh analysis, so later fixes see current text.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from picklecheck.cli import check
from picklecheck.cli.exit_codes import CLEAN, FINDINGS, USAGE_ERROR
from picklecheck.cli.files import MissingPathError, UnreadableSourceError, read_source
from picklecheck.engine import analyze_source
from picklecheck.engine.config import Config, ConfigError
from picklecheck.engine.model import Finding, Severity
from picklecheck.engine.suppression import suppression_edit

LONE_LF = re.compile(r"(?<!\r)\n")
MAX_ROUNDS = 50  # a fix that keeps producing findings must not loop forever


def add_arguments(parser: argparse.ArgumentParser) -> None:
    check.add_selection_arguments(parser, paths_required=True)
    parser.add_argument("--diff", action="store_true", help="print a diff, change nothing")
    parser.add_argument("--unsafe", action="store_true", help="also apply unsafe fixes")


def _fixes_module() -> ModuleType | None:
    try:
        return importlib.import_module("picklecheck.engine.fixes")
    except Exception as exc:  # say why instead of a traceback
        print(f"picklecheck: error: quick fixes are not available ({exc!r})", file=sys.stderr)
        return None


def _first_fixed(
    fixes: ModuleType, source: str, findings: list[Finding], path: str, config: Config
) -> str | None:
    """The text after the best fix of the first finding that has one (None: nothing fixable).
    Every fix is verified first: the engine re-checks the fixed text (`FixChecker`)."""
    fixes_for: Callable[..., Any] = fixes.fixes_for
    apply_edits: Callable[..., Any] = fixes.apply_edits
    checker = fixes.FixChecker(source, path, config)
    for finding in sorted(findings, key=lambda f: f.sort_key):
        suppress = (suppression_edit(source, finding.span.line, finding.code),)
        for fix in fixes_for(source, finding, checker):
            if not fix.edits or fix.edits == suppress:
                continue
            try:
                return str(apply_edits(source, list(fix.edits)))
            except ValueError:  # overlapping or stale edits: try the next fix
                continue
    return None


def _apply_unsafe(fixes: ModuleType, source: str, path: str, config: Config) -> str:
    """Apply the best fix of the first fixable finding, re-analyse, repeat until stable."""
    seen = {source}
    for _ in range(MAX_ROUNDS):
        findings = analyze_source(source, path, config).findings
        fixed = _first_fixed(fixes, source, findings, path, config)
        if fixed is None or fixed in seen:
            return source
        seen.add(fixed)
        source = fixed
    return source


def fixed_text(fixes: ModuleType, source: str, path: str, config: Config, unsafe: bool) -> str:
    if unsafe:
        return _apply_unsafe(fixes, source, path, config)
    findings = analyze_source(source, path, config).findings
    if not findings:
        return source
    return str(fixes.fix_all(source, findings, path=path, config=config))


def _keep_newlines(before: str, after: str) -> str:
    """Inserted lines use `\n`; a file written with `\r\n` everywhere keeps that style."""
    if "\r\n" in before and LONE_LF.search(before) is None:
        return LONE_LF.sub("\r\n", after)
    return after


def _diff(before: str, after: str, path: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), path, path
    )
    return "".join(lines)


def run(args: argparse.Namespace) -> int:
    try:
        tasks = check.collect_tasks(args)
    except (ConfigError, MissingPathError) as exc:
        print(f"picklecheck: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    fixes = _fixes_module()
    if fixes is None:
        return USAGE_ERROR
    changed = remaining = 0
    for path, shown, config in tasks:
        try:
            before, encoding = read_source(Path(path))
        except UnreadableSourceError as exc:
            print(f"picklecheck: {shown}: not fixed: {exc}", file=sys.stderr)
            continue
        after = _keep_newlines(before, fixed_text(fixes, before, path, config, args.unsafe))
        if after != before:
            changed += 1
            if args.diff:
                sys.stdout.write(_diff(before, after, shown))
            else:
                Path(path).write_bytes(after.encode(encoding))
        left = analyze_source(after, path, config).findings
        remaining += sum(1 for finding in left if finding.severity is not Severity.INFO)
    verb = "would fix" if args.diff else "fixed"
    print(f"picklecheck: {verb} {changed} file(s); {remaining} problem(s) remain", file=sys.stderr)
    if args.diff:
        return FINDINGS if changed else CLEAN
    return FINDINGS if remaining else CLEAN
