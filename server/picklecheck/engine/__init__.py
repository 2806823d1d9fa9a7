"""The analysis engine: a pure library (no LSP imports; tests/architecture enforces it).

Public entry points: `analyze_source` for text (editors, tests) and `analyze_path` for files.
"""

from __future__ import annotations

import io
import tokenize
from pathlib import Path
from typing import TYPE_CHECKING, Any

from picklecheck.engine.config import Config, load_config
from picklecheck.engine.model import (
    ChainStep,
    Edit,
    Finding,
    Fix,
    FixHint,
    FixSafety,
    Report,
    Severity,
    Span,
    StartMethod,
    Statistics,
)
from picklecheck.engine.rules import RULES, Rule

if TYPE_CHECKING:
    from picklecheck.engine.analyzer import analyze_source


def __getattr__(name: str) -> Any:
    """`analyze_source` is imported on first use: importing astroid costs about 0.1 s, which a
    CLI run answered from its cache (cli/cache.py) or a `rule` command never needs."""
    if name == "analyze_source":
        from picklecheck.engine.analyzer import analyze_source

        return analyze_source
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def decode_source(data: bytes) -> str:
    """Decode like Python does: a BOM or a coding cookie decides; newlines are kept as is."""
    encoding, _lines = tokenize.detect_encoding(io.BytesIO(data).readline)
    return data.decode(encoding)


def analyze_path(path: Path, config: Config | None = None) -> Report:
    """Analyse one file; unreadable or undecodable files give an empty report, never raise."""
    if not path.is_file():
        # A FIFO or device named *.py would block the read forever.
        return Report(path=str(path), syntax_error="not a regular file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Report(path=str(path), syntax_error=f"cannot read: {exc}")
    try:
        source = decode_source(data)
    except (UnicodeDecodeError, SyntaxError, LookupError) as exc:
        return Report(path=str(path), syntax_error=f"cannot decode: {exc}")
    from picklecheck.engine.analyzer import analyze_source

    return analyze_source(source, str(path), config)


__all__ = [
    "RULES",
    "ChainStep",
    "Config",
    "Edit",
    "Finding",
    "Fix",
    "FixHint",
    "FixSafety",
    "Report",
    "Rule",
    "Severity",
    "Span",
    "StartMethod",
    "Statistics",
    "analyze_path",
    "analyze_source",
    "load_config",
]
