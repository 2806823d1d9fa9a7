"""Referring to a stdlib name from generated code, adding its import when the file lacks it."""

from __future__ import annotations

import ast

from picklecheck.engine.fixes.source import Parsed, insert_at_line
from picklecheck.engine.model import Edit, Span


def reference(parsed: Parsed, module: str, attribute: str) -> tuple[str, list[Edit]]:
    """How to spell `module.attribute` here, and the import edit it needs (if any)."""
    for statement in parsed.tree.body:
        if isinstance(statement, ast.ImportFrom) and statement.module == module:
            for alias in statement.names:
                if alias.name == attribute:
                    return alias.asname or attribute, []
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.name == module:
                    return f"{alias.asname or module}.{attribute}", []
    extended = _extend_from_import(parsed, module, attribute)
    if extended is not None:
        return attribute, [extended]
    return f"{module}.{attribute}", [import_edit(parsed, module)]


def _extend_from_import(parsed: Parsed, module: str, attribute: str) -> Edit | None:
    """`from module import a` becomes `from module import a, attribute` (one-line form only)."""
    if attribute in parsed.names_in_use():
        return None
    for statement in parsed.tree.body:
        if (
            isinstance(statement, ast.ImportFrom)
            and statement.module == module
            and statement.level == 0
            and statement.lineno == statement.end_lineno
            and not parsed.text(statement).rstrip().endswith(")")
        ):
            span = parsed.span(statement)
            names = sorted([*(parsed.text(a) for a in statement.names), attribute])
            first = parsed.span(statement.names[0])
            return Edit(Span(span.line, first.col, span.end_line, span.end_col), ", ".join(names))
    return None


def import_edit(parsed: Parsed, module: str) -> Edit:
    """`import module` placed in alphabetical order among the file's leading plain imports."""
    body = parsed.tree.body
    index = 0
    if body and _is_docstring(body[0]):
        index = 1
    while index < len(body) and _is_future(body[index]):
        index += 1
    leading = []
    while index < len(body) and isinstance(body[index], (ast.Import, ast.ImportFrom)):
        leading.append(body[index])
        index += 1
    plain = [s for s in leading if isinstance(s, ast.Import)]
    for statement in plain:
        if statement.names[0].name > module:
            return insert_at_line(statement.lineno - 1, f"import {module}\n")
    if plain:
        return insert_at_line(plain[-1].end_lineno or plain[-1].lineno, f"import {module}\n")
    if leading:  # only `from` imports: a plain import goes first, as isort orders them
        return insert_at_line(leading[0].lineno - 1, f"import {module}\n")
    after = body[index - 1].end_lineno or 0 if index > 0 else 0
    prefix = "\n" if index > 0 else ""
    return insert_at_line(after, f"{prefix}import {module}\n\n")


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _is_future(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.ImportFrom) and statement.module == "__future__"
