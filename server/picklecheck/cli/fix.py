"""`picklecheck fix PATH...`: apply quick fixes to files (safe ones unless --unsafe).

The fixes themselves live in `picklecheck.engine.fixes`. Every applied fix is followed by a
fresh analysis, so later fixes see current text.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from picklecheck import engine
from picklecheck.cli import check
from picklecheck.cli.exit_codes import CLEAN, FINDINGS, USAGE_ERROR
from picklecheck.cli.files import MissingPathError, UnreadableSourceError, read_source
from picklecheck.engine.config import Config, ConfigError
from picklecheck.engine.fixes import FixChecker, apply_edits, fix_all, fixes_for
from picklecheck.engine.model import Finding, Severity
from picklecheck.engine.suppression import suppression_edit

LONE_LF = re.compile(r"(?<!\r)\n")
MAX_ROUNDS = 50  # a fix that keeps producing findings must not loop forever


def add_arguments(parser: argparse.ArgumentParser) -> None:
    check.add_selection_arguments(parser, paths_required=True)
    parser.add_argument("--diff", action="store_true", help="print a diff, change nothing")
    parser.add_argument("--unsafe", action="store_true", help="also apply unsafe fixes")
    parser.add_argument(
        "--follow-links",
        action="store_true",
        help="also rewrite files outside PATH that symbolic links under PATH point to",
    )


def _first_fixed(source: str, findings: list[Finding], path: str, config: Config) -> str | None:
    """The text after the best fix of the first finding that has one (None: nothing fixable).
    Every fix is verified first: the engine re-checks the fixed text (`FixChecker`)."""
    checker = FixChecker(source, path, config)
    for finding in sorted(findings, key=lambda f: f.sort_key):
        suppress = (suppression_edit(source, finding.span.line, finding.code),)
        for fix in fixes_for(source, finding, checker):
            if not fix.edits or fix.edits == suppress:
                continue
            try:
                return apply_edits(source, list(fix.edits))
            except ValueError:  # overlapping or stale edits: try the next fix
                continue
    return None


def _apply_unsafe(source: str, path: str, config: Config) -> str:
    """Apply the best fix of the first fixable finding, re-analyse, repeat until stable."""
    seen = {source}
    for _ in range(MAX_ROUNDS):
        findings = engine.analyze_source(source, path, config).findings
        fixed = _first_fixed(source, findings, path, config)
        if fixed is None or fixed in seen:
            return source
        seen.add(fixed)
        source = fixed
    return source


def fixed_text(source: str, path: str, config: Config, unsafe: bool) -> str:
    if unsafe:
        return _apply_unsafe(source, path, config)
    findings = engine.analyze_source(source, path, config).findings
    if not findings:
        return source
    return fix_all(source, findings, path=path, config=config)


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


class NotWritten(Exception):
    """The fixed text could not be written; the file is as it was."""


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path`'s content by `data` all at once: a temporary file in the same folder is
    written in full, given the file's mode (and owner, where allowed), then renamed over it.
    A full disk, a read-only file or folder, any error: the original stays untouched."""
    if not os.access(path, os.W_OK):
        raise NotWritten("the file is read-only")
    try:
        status = path.stat()
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise NotWritten(f"cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(status.st_mode))
        with contextlib.suppress(OSError, AttributeError):  # only root may give files away
            os.chown(temporary, status.st_uid, status.st_gid)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise NotWritten(f"cannot write: {exc.strerror or exc}") from None


def _outside(path: str, roots: list[Path]) -> Path | None:
    """Where `path` really is, when a symbolic link leads there from outside every root."""
    target = Path(os.path.realpath(path))
    if any(target == root or root in target.parents for root in roots):
        return None
    return target


class _Run:
    """One `fix` run's counts; each file is reported and the run goes on whatever happens."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.roots = [Path(os.path.realpath(path)) for path in args.paths]
        self.changed = self.remaining = self.unwritten = 0

    def fix(self, path: str, shown: str, config: Config) -> None:
        outside = None if self.args.follow_links else _outside(path, self.roots)
        if outside is not None:
            _say(f"{path}: not fixed: a symbolic link to {outside}, outside the given paths")
            return
        try:
            before, encoding = read_source(Path(path))
        except UnreadableSourceError as exc:
            _say(f"{shown}: not fixed: {exc}")
            return
        args = self.args
        after = _keep_newlines(before, fixed_text(before, path, config, args.unsafe))
        if after != before:
            if args.diff:
                sys.stdout.write(_diff(before, after, shown))
            elif not self._written(path, shown, after.encode(encoding)):
                after = before  # the file still holds the original
            self.changed += after != before
        left = engine.analyze_source(after, path, config).findings
        self.remaining += sum(1 for finding in left if finding.severity is not Severity.INFO)

    def _written(self, path: str, shown: str, data: bytes) -> bool:
        try:
            # The real file: a symbolic link stays a link to the fixed file.
            write_atomically(Path(os.path.realpath(path)), data)
        except NotWritten as exc:
            _say(f"{shown}: not fixed: {exc}")
            self.unwritten += 1
            return False
        return True

    def summary(self) -> int:
        verb = "would fix" if self.args.diff else "fixed"
        line = f"{verb} {self.changed} file(s); {self.remaining} problem(s) remain"
        if self.unwritten:
            line += f"; {self.unwritten} file(s) could not be written"
        _say(line)
        if self.args.diff:
            return FINDINGS if self.changed else CLEAN
        return FINDINGS if self.remaining or self.unwritten else CLEAN


def _say(message: str) -> None:
    print(f"picklecheck: {message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    try:
        tasks = check.collect_tasks(args)
    except (ConfigError, MissingPathError) as exc:
        print(f"picklecheck: error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    run = _Run(args)
    for path, shown, config in tasks:
        run.fix(path, shown, config)
    return run.summary()
