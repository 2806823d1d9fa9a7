"""Subcommands implemented by other packages, imported only when used.

`serve` needs pygls (the optional `lsp` extra) and `profile` its own machinery; importing them
lazily keeps `picklecheck check` fast and usable without the extra installed.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

from picklecheck.cli.exit_codes import USAGE_ERROR


def _load(module: str, attribute: str, hint: str) -> Callable[..., Any] | None:
    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        if exc.name is not None and module.startswith(exc.name):
            hint = "this picklecheck build does not include it"
        print(f"picklecheck: cannot import {module} ({exc}); {hint}", file=sys.stderr)
        return None
    function: object = getattr(loaded, attribute, None)
    if not callable(function):
        print(f"picklecheck: {module}.{attribute} is missing; {hint}", file=sys.stderr)
        return None
    return function


def run_serve() -> int:
    hint = "install the language server: pip install 'picklecheck[lsp]'"
    serve = _load("picklecheck.lsp.server", "serve", hint)
    if serve is None:
        return USAGE_ERROR
    serve()
    return 0


def run_profile(argv: list[str]) -> int:
    profile_main = _load(
        "picklecheck.profiling.cli", "main", "this picklecheck build has no profiler"
    )
    if profile_main is None:
        return USAGE_ERROR
    result = profile_main(argv)
    return result if isinstance(result, int) else 0
