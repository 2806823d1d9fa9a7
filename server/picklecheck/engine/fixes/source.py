"""Source text as quick fixes see it: stdlib `ast` nodes located by engine spans, edits by lines.

Fixes never infer anything; they re-parse the text and find the nodes the finding points at.
`ast` columns are UTF-8 byte offsets, engine spans count code points, so every position is
converted here and nowhere else.
"""

from __future__ import annotations

import ast
import functools
import itertools
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from picklecheck.engine.model import Edit, Span
from picklecheck.engine.syntax import parsed_text

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# `ast` shares one instance of each between all nodes; indexed as children, never walked.
_MARKERS = frozenset({ast.Load, ast.Store, ast.Del})
_MAIN_NAMES = ("__main__",)


def line_starts(source: str) -> list[int]:
    """Offsets where each line begins (lines end at \\n, \\r\\n or \\r, like the tokenizer)."""
    return [0, *(match.end() for match in _LINE_BREAK.finditer(source))]


def offset_of(starts: Sequence[int], source: str, line: int, col: int) -> int:
    if line >= len(starts):
        return len(source)
    return min(starts[line] + col, len(source))


def apply_edits(source: str, edits: Sequence[Edit], starts: Sequence[int] | None = None) -> str:
    """Applies non-overlapping edits; inserts at one point keep the order they were given in.
    `starts`: the source's `line_starts`, when the caller has them already."""
    starts = line_starts(source) if starts is None else starts
    located = []
    for index, edit in enumerate(edits):
        begin = offset_of(starts, source, edit.span.line, edit.span.col)
        end = offset_of(starts, source, edit.span.end_line, edit.span.end_col)
        located.append((begin, end, index, edit.new_text))
    located.sort(key=lambda item: (item[0], item[1], item[2]))
    for (_b, end, _i, _t), (begin, _e, _j, _u) in itertools.pairwise(located):
        if begin < end:
            raise ValueError("overlapping edits")
    for begin, end, _index, text in reversed(located):
        source = source[:begin] + text + source[end:]
    return source


@dataclass
class Parsed:
    """One parsed file plus the lookups fixes need (parents, positions, names in use)."""

    source: str
    tree: ast.Module
    lines: list[str]
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    starting_on: dict[int, list[ast.AST]] = field(default_factory=dict)  # 0-based line -> nodes
    names: set[str] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)  # offset of each line, computed once
    memo: dict[str, Any] = field(default_factory=dict)  # whole-file answers fix makers share

    @staticmethod
    def parse(source: str) -> Parsed | None:
        """Parses once per text: every finding of one analysis shares the result (read-only)."""
        return _parse(source)

    def _index(self) -> None:
        """One breadth-first walk (outer nodes before inner ones), as `ast.walk` without its
        generator per node: this runs over every node of a file that has a finding."""
        parents, starting_on, names = self.parents, self.starting_on, self.names
        pending: deque[ast.AST] = deque([self.tree])
        push, pop, node_class = pending.append, pending.popleft, ast.AST
        while pending:
            node = pop()
            for field_name in node._fields:
                value = getattr(node, field_name, None)
                if isinstance(value, node_class):
                    parents[value] = node
                    if value.__class__ not in _MARKERS:  # no fields, no line, no name
                        push(value)
                elif value.__class__ is list:
                    for item in value:
                        if isinstance(item, node_class):
                            parents[item] = node
                            push(item)
            lineno = getattr(node, "lineno", None)
            if lineno is not None:
                starting_on.setdefault(lineno - 1, []).append(node)
            name = _name_bound_or_read(node)
            if name:
                names.add(name)

    # ---- positions -------------------------------------------------------------------------

    def char_col(self, lineno: int, byte_col: int) -> int:
        """Code-point column of an `ast` (1-based line, byte column) position."""
        text: str = self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else ""
        prefix: bytes = text.encode("utf-8")[:byte_col]
        return len(prefix.decode("utf-8", errors="replace"))

    def span(self, node: ast.AST) -> Span:
        start_line = getattr(node, "lineno", 1)
        end_line = getattr(node, "end_lineno", None) or start_line
        return Span(
            start_line - 1,
            self.char_col(start_line, getattr(node, "col_offset", 0)),
            end_line - 1,
            self.char_col(end_line, getattr(node, "end_col_offset", None) or 0),
        )

    def text(self, node: ast.AST) -> str:
        return self.text_of(self.span(node))

    def text_of(self, span: Span) -> str:
        begin = offset_of(self.starts, self.source, span.line, span.col)
        end = offset_of(self.starts, self.source, span.end_line, span.end_col)
        return self.source[begin:end]

    def first_line(self, node: ast.stmt) -> int:
        """0-based first line of a statement, decorators included."""
        decorators: list[ast.expr] = getattr(node, "decorator_list", [])
        return min([node.lineno, *(d.lineno for d in decorators)]) - 1

    def line_indent(self, line: int) -> str:
        text = self.lines[line] if line < len(self.lines) else ""
        return text[: len(text) - len(text.lstrip(" \t"))]

    def is_blank(self, line: int) -> bool:
        return 0 <= line < len(self.lines) and not self.lines[line].strip()

    # ---- finding nodes -----------------------------------------------------------------------

    def node_at(
        self, span: Span | Sequence[int], kinds: tuple[type[ast.AST], ...]
    ) -> ast.AST | None:
        """The innermost node of one of `kinds` starting at `span`'s start (or containing it)."""
        target = span if isinstance(span, Span) else Span(*span)
        starting = [
            node
            for node in self.starting_on.get(target.line, [])
            if isinstance(node, kinds) and self._starts_at(node, target)
        ]
        same = [node for node in starting if self.span(node) == target]
        if same or starting:
            return (same or starting)[-1]
        return self._containing(target, kinds)

    def _starts_at(self, node: ast.AST, target: Span) -> bool:
        own = self.span(node)
        return (own.line, own.col) == (target.line, target.col)

    def _containing(self, target: Span, kinds: tuple[type[ast.AST], ...]) -> ast.AST | None:
        """The innermost node of `kinds` around `target`. Nodes around a point nest, so the
        innermost starts last: lines are searched upwards from the target's, and the first
        with a match decides (a walk of the whole statement per finding was quadratic)."""
        for line in range(target.line, -1, -1):
            around = [
                node
                for node in self.starting_on.get(line, [])
                if isinstance(node, kinds) and self.span(node).contains(target.line, target.col)
            ]
            if around:
                return max(around, key=self._innermost_first)
        return None

    def _innermost_first(self, node: ast.AST) -> tuple[int, int, int]:
        span = self.span(node)
        return (span.col, -span.end_line, -span.end_col)

    def walk(self) -> Iterator[ast.AST]:
        """Every node of the file in `ast.walk`'s order (breadth-first, fields in order), read
        from the index: `ast.walk` makes a generator per node, and fix makers walk whole files.
        The `Load`/`Store`/`Del` markers, which `ast` shares between nodes, come once."""
        yield self.tree
        yield from self.parents

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        while node in self.parents:
            node = self.parents[node]
            yield node

    def top_statement(self, node: ast.AST) -> ast.stmt | None:
        """The module-level statement that contains `node`."""
        chain = [node, *self.ancestors(node)]
        for inner, outer in itertools.pairwise(chain):
            if outer is self.tree and isinstance(inner, ast.stmt):
                return inner
        return None

    def names_in_use(self) -> set[str]:
        return self.names

    def fresh_name(self, base: str, taken: set[str] | None = None) -> str:
        used = self.names_in_use() | (taken or set())
        if base not in used:
            return base
        number = 2
        while f"{base}_{number}" in used:
            number += 1
        return f"{base}_{number}"


@functools.lru_cache(maxsize=4)
def _parse(source: str) -> Parsed | None:
    tree = parsed_text(source)
    if tree is None:
        return None
    parsed = Parsed(source, tree, _LINE_BREAK.split(source), starts=line_starts(source))
    parsed._index()
    return parsed


def _name_bound_or_read(node: ast.AST) -> str:
    read = _NAME_OF.get(type(node))
    return read(node) if read is not None else ""


_NAME_OF: dict[type[ast.AST], Callable[[Any], str]] = {
    ast.Name: lambda node: str(node.id),
    ast.FunctionDef: lambda node: str(node.name),
    ast.AsyncFunctionDef: lambda node: str(node.name),
    ast.ClassDef: lambda node: str(node.name),
    ast.arg: lambda node: str(node.arg),
    ast.alias: lambda node: str(node.asname or node.name).split(".")[0],
}


def is_main_guard(node: ast.AST) -> bool:
    """`if __name__ == "__main__":` (either operand order)."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    test = node.test
    if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
        return False
    operands = [test.left, test.comparators[0]]
    has_name = any(isinstance(o, ast.Name) and o.id == "__name__" for o in operands)
    has_main = any(isinstance(o, ast.Constant) and o.value in _MAIN_NAMES for o in operands)
    return has_name and has_main


def whole_lines(first: int, last: int) -> Span:
    """The span of lines `first..last` including the final line break."""
    return Span(first, 0, last + 1, 0)


def insert_at_line(line: int, text: str) -> Edit:
    return Edit(Span(line, 0, line, 0), text)


def reindent(text: str, old: str, new: str) -> str:
    """Replaces the leading `old` indentation of every line with `new` (blank lines kept empty).

    The first line is taken as already stripped of its indentation (it came from a node span).
    """
    lines = text.split("\n")
    result = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            result.append("")
        elif line.startswith(old):
            result.append(new + line[len(old) :])
        else:
            result.append(line)
    return "\n".join(result)
