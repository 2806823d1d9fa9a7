"""Per-line suppression comments: `# picklecheck: ignore[PKL001, PKL004]` or a bare ignore.

Codes and kebab-case rule names are both accepted, like ruff's `# ruff: ignore[...]`.
"""

from __future__ import annotations

import functools
import io
import re
import tokenize

from picklecheck.engine.model import Edit, Span

_COMMENT = re.compile(r"#\s*picklecheck:\s*ignore(?:\[(?P<codes>[^\]]*)\])?", re.IGNORECASE)
ALL = "*"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def parse_suppressions(source: str) -> dict[int, frozenset[str]]:
    """Map 0-based line numbers to suppressed codes/names ({"*"} suppresses everything)."""
    result: dict[int, frozenset[str]] = {}
    if not _COMMENT.search(source):
        return result  # tokenizing a large file costs more than re-analysing an edit
    for line, comment in _comments(source):
        match = _COMMENT.search(comment)
        if match is None:
            continue
        codes = match.group("codes")
        if codes is None:
            result[line] = frozenset({ALL})
        else:
            names = {c.strip() for c in codes.split(",") if c.strip()}
            result[line] = frozenset(n.upper() if n.upper().startswith("PKL") else n for n in names)
    return result


def _comments(source: str) -> list[tuple[int, str]]:
    """Real comments only (not `#` inside strings); falls back to a line scan on bad syntax."""
    try:
        # newline=None: lines end at \n, \r\n and \r, as for Python's own tokenizer.
        tokens = tokenize.generate_tokens(io.StringIO(source, newline=None).readline)
        return [(t.start[0] - 1, t.string) for t in tokens if t.type == tokenize.COMMENT]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return [
            (i, line[line.index("#") :])
            for i, line in enumerate(python_lines(source))
            if "#" in line
        ]


def python_lines(source: str) -> list[str]:
    """Lines as Python counts them: only \n, \r\n and \r end a line (str.splitlines also
    splits at form feeds and Unicode separators, which would shift every later line)."""
    return list(_split_lines(source))


@functools.lru_cache(maxsize=4)
def _split_lines(source: str) -> tuple[str, ...]:
    """Suppression edits for every finding of one analysis split the same text."""
    return tuple(_LINE_BREAK.split(source))


def is_suppressed(suppressions: dict[int, frozenset[str]], line: int, code: str, name: str) -> bool:
    codes = suppressions.get(line, frozenset())
    return ALL in codes or code in codes or name in codes


def suppression_edit(source: str, line: int, code: str) -> Edit:
    """The edit that adds `code` to line `line`'s suppression comment (or creates one)."""
    lines = python_lines(source)
    text = lines[line] if line < len(lines) else ""
    match = _COMMENT.search(text)
    if match is None:
        stripped = text.rstrip()
        new_text = f"  # picklecheck: ignore[{code}]"
        return Edit(Span(line, len(stripped), line, len(text)), new_text)
    codes = match.group("codes")
    if codes is None:
        return Edit(Span(line, 0, line, 0), "")  # already suppresses everything
    existing = [c.strip() for c in codes.split(",") if c.strip()]
    if code in existing:
        return Edit(Span(line, 0, line, 0), "")
    replacement = f"# picklecheck: ignore[{', '.join([*existing, code])}]"
    return Edit(Span(line, match.start(), line, match.end()), replacement)
