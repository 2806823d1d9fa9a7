"""Syntax helpers on the standard library's `ast` that the engine and its fixes share.

The lowest layer of the engine: imports nothing of picklecheck, so any module may use it.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator

_PARSE_FAILURES = (SyntaxError, ValueError, RecursionError, MemoryError)


# The one tree parsed elsewhere for a text (astroid's build of the analysed file): at most one
# is kept, so building every file of a run keeps no more trees alive than before.
_kept: list[tuple[str, ast.Module]] = []


def parsed_text(text: str) -> ast.Module | None:
    """`ast.parse(text)`, once per text for everyone who reads it (the incremental analyzer
    splitting a file, the fix makers indexing it): callers must not change the tree. None when
    it does not parse."""
    for kept_text, tree in tuple(_kept):  # one read: another thread may replace it meanwhile
        if kept_text == text:
            return tree
    return _parsed(text)


def keep_parsed(text: str, tree: ast.Module) -> None:
    """Hand `parsed_text` a tree of `text` parsed by someone else: building the analysed file
    parses it once, and the fix makers and fix verification then read that tree instead of
    parsing a large file a second time. `tree` must equal `ast.parse(text)`."""
    _kept[:] = [(text, tree)]


@functools.lru_cache(maxsize=4)
def _parsed(text: str) -> ast.Module | None:
    try:
        return ast.parse(text)
    except _PARSE_FAILURES:
        return None


def bound_name(node: ast.AST) -> str:
    """The name `node` binds in the scope being walked, or ""."""
    if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
        return node.id
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return node.name
    if isinstance(node, ast.alias):
        return (node.asname or node.name).split(".")[0]
    if (isinstance(node, ast.ExceptHandler) and node.name) or (
        isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name
    ):
        return str(node.name)
    return ""


def evaluated_outside(node: ast.AST) -> Iterator[ast.AST]:
    """Decorators, defaults, bases and keywords of a def or class: evaluated in the enclosing
    scope."""
    yield from getattr(node, "decorator_list", [])
    arguments = getattr(node, "args", None)
    if isinstance(arguments, ast.arguments):
        yield from (d for d in [*arguments.defaults, *arguments.kw_defaults] if d is not None)
    yield from getattr(node, "bases", [])
    yield from (k.value for k in getattr(node, "keywords", []))
