"""Which files `picklecheck check` reads: Python sources under the given paths.

Directories are walked in sorted order so output is deterministic; well-known tool and build
folders are skipped, and `--exclude` globs match a path relative to the argument or any of its
names. Files named explicitly are always checked, like ruff does.
"""

from __future__ import annotations

import fnmatch
import io
import os
import tokenize
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

DEFAULT_EXCLUDES: tuple[str, ...] = (
    ".git",
    ".hg",
    ".svn",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "__pycache__",
    "node_modules",
    "build",
    "dist",
    "site-packages",
)
PYTHON_SUFFIXES = (".py",)


class MissingPathError(FileNotFoundError):
    """A path given on the command line does not exist."""


def is_excluded(relative: str, patterns: Sequence[str]) -> bool:
    parts = relative.split("/")
    for pattern in patterns:
        if fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(relative, f"*/{pattern}"):
            return True
        if any(fnmatch.fnmatchcase(part, pattern) for part in parts):
            return True
    return False


def _walk(root: Path, patterns: Sequence[str]) -> Iterator[Path]:
    for folder, dirnames, filenames in os.walk(root):
        base = Path(folder)
        rel_base = base.relative_to(root).as_posix()
        prefix = "" if rel_base == "." else f"{rel_base}/"
        dirnames[:] = sorted(d for d in dirnames if not is_excluded(prefix + d, patterns))
        for name in sorted(filenames):
            if name.endswith(PYTHON_SUFFIXES) and not is_excluded(prefix + name, patterns):
                yield base / name


def discover(paths: Iterable[Path], excludes: Sequence[str] = ()) -> list[Path]:
    """Python files under `paths`, each once, in argument order then sorted walk order."""
    patterns = (*DEFAULT_EXCLUDES, *excludes)
    found: dict[Path, None] = {}
    for path in paths:
        if not path.exists():
            raise MissingPathError(f"{path}: no such file or directory")
        # Anything but a folder is checked as named: a FIFO or device is then reported.
        candidates = _walk(path, patterns) if path.is_dir() else [path]
        for candidate in candidates:
            found.setdefault(candidate, None)
    return list(found)


def display_path(path: Path, cwd: Path | None = None) -> str:
    """The path as users typed it: relative to the working directory when inside it."""
    base = cwd or Path.cwd()
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()


class UnreadableSourceError(ValueError):
    """A file that cannot be read or decoded as Python source."""


def read_source(path: Path) -> tuple[str, str]:
    """(text, encoding) as Python reads it: BOM and `# coding:` honoured, newlines untouched."""
    if not path.is_file():
        # A FIFO or device named *.py would block the read forever.
        raise UnreadableSourceError("not a regular file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableSourceError(f"cannot read: {exc.strerror or exc}") from None
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding), encoding
    except (SyntaxError, LookupError, UnicodeDecodeError) as exc:
        raise UnreadableSourceError(f"cannot decode: {exc}") from None
