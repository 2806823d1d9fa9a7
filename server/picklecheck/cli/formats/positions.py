"""1-based positions for people and tools (the engine counts from 0)."""

from __future__ import annotations

from picklecheck.engine.model import Span, StartMethod


def one_based(span: Span) -> tuple[int, int, int, int]:
    """(line, column, end_line, end_column); the end column is just past the last character."""
    return span.line + 1, span.col + 1, span.end_line + 1, span.end_col + 1


def version_text(version: tuple[int, int] | None) -> str | None:
    return None if version is None else f"{version[0]}.{version[1]}"


def start_method_names(methods: frozenset[StartMethod]) -> list[str]:
    """Names in a fixed order (fork, spawn, forkserver), whatever the set's order."""
    return [method.value for method in StartMethod if method in methods]
