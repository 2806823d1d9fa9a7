"""Problem: why a value cannot be pickled, and the why-chain steps that locate it.

Shared by the judge and every family of unpicklable values; positions in code points.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TypeVar

from astroid import nodes

from picklecheck.engine import rules
from picklecheck.engine.flow.syntax import Bindings, value_of
from picklecheck.engine.model import ALL_START_METHODS, ChainStep, FixHint, Span, StartMethod
from picklecheck.engine.rules import Rule
from picklecheck.engine.tree_memo import remember, remembered

T = TypeVar("T")


@dataclass(frozen=True)
class Problem:
    """Why a value cannot be pickled."""

    code: str
    what: str  # a noun phrase: "a lambda", "an open file"
    error: str  # what the user would see at run time
    methods: frozenset[StartMethod]  # start methods under which pickling this value fails
    chain: tuple[ChainStep, ...] = ()
    hints: tuple[FixHint, ...] = ()
    inheritable: bool = False  # a multiprocessing primitive: fine while spawning a child
    since: tuple[int, int] | None = None  # first Python version where this fails
    attribute: str | None = None  # the instance attribute holding the bad value
    site: nodes.NodeNG | None = None  # innermost node inside the boundary argument
    # Fails only because pickle stores functions and classes by name (a lambda, a local or
    # `__main__`-guarded definition): picklers that copy code by value (cloudpickle, dill) pass.
    by_name: bool = False
    # Found among the items of a list, tuple, set or dict below `site`: the value there holds
    # the bad one rather than being it.
    contained: bool = False
    # The local function or lambda at fault: cloudpickle and dill copy it by value, with the
    # variables it captures from its enclosing functions (analyzer judges those).
    closure: nodes.FunctionDef | nodes.Lambda | None = None
    # Fails where the value is rebuilt (an exception `cls(*args)` cannot make again): a
    # pickler that copies more (dill) rebuilds it the same way.
    fails_rebuilding: bool = False
    # Another attribute of the same object that fails where this one is copied by value (a
    # ctypes pointer beside a lambda): what cloudpickle or dill stop at instead.
    copied_failure: Problem | None = None

    @classmethod
    def at(
        cls,
        rule: Rule,
        origin: tuple[nodes.NodeNG, str],
        what: str,
        error: str,
        methods: frozenset[StartMethod] = ALL_START_METHODS,
        hints: tuple[FixHint, ...] = (),
        since: tuple[int, int] | None = None,
        inheritable: bool = False,
        by_name: bool = False,
    ) -> Problem:
        """A problem whose why-chain starts with one step: `origin` is (node, note)."""
        node, note = origin
        chain = (step(node, note),)
        return cls(
            rule.code, what, error, methods, chain, hints, inheritable, since, by_name=by_name
        )

    def through(self, step: ChainStep | None) -> Problem:
        if step is None:
            return self
        # the copy's failure lies on the same path (another attribute, or the same object)
        copied = self.copied_failure.through(step) if self.copied_failure else None
        return replace(self, chain=(step, *self.chain), copied_failure=copied)


# A way of judging an expression: its value (`Judge._judge`) or its items (`Judge._items`).
Follow = Callable[[nodes.NodeNG, int, "Bindings | None", bool], "Problem | None"]


def span_of(node: nodes.NodeNG) -> Span:
    """The node's range with columns in code points (Python's AST counts UTF-8 bytes)."""
    line = (node.lineno or 1) - 1
    col = node.col_offset or 0
    end_line = (node.end_lineno or node.lineno or 1) - 1
    end_col = node.end_col_offset if node.end_col_offset is not None else col
    lines = source_lines(node)
    return Span(
        line, code_points(lines, line, col), end_line, code_points(lines, end_line, end_col)
    )


def source_lines(node: nodes.NodeNG) -> list[bytes]:
    try:
        root = node.root()
    except Exception:
        return []
    lines: list[bytes] | None = remembered(root, "lines")
    if lines is None:
        data = getattr(root, "file_bytes", None)
        if data is None and getattr(root, "file", None):
            try:
                with open(root.file, "rb") as handle:
                    data = handle.read()
            except OSError:
                data = b""
        if isinstance(data, str):
            data = data.encode("utf-8")
        lines = re.split(rb"\r\n|\r|\n", data or b"")
        remember(root, "lines", lines)
    return lines


def code_points(lines: list[bytes], line: int, byte_col: int) -> int:
    if line >= len(lines) or lines[line].isascii():
        return byte_col
    return len(lines[line][:byte_col].decode("utf-8", errors="replace"))


def located(node: nodes.NodeNG) -> dict[str, str]:
    """`{"path": file}` for hint data, so a fix never applies another module's span here."""
    try:
        path = node.root().file
    except Exception:
        return {}
    return {"path": str(path)} if path else {}


def span_list(node: nodes.NodeNG) -> list[int]:
    span = span_of(node)
    return [span.line, span.col, span.end_line, span.end_col]


def snippet(node: nodes.NodeNG, limit: int = 48) -> str:
    try:
        text = str(node.as_string()).splitlines()[0]
    except Exception:
        return "?"
    text = text.replace(", )", ",)")  # astroid writes a one-element tuple as `(x, )`
    return text if len(text) <= limit else text[: limit - 3] + "..."


def step(node: nodes.NodeNG, note: str) -> ChainStep:
    """A chain link; `path` names the file when the node lives in another module."""
    try:
        path = node.root().file
    except Exception:
        path = None
    return ChainStep(span_of(node), note, str(path) if path else None)


def instance_state_problem(
    attr: str,
    inner: Problem,
    assign: nodes.NodeNG,
    cls: nodes.ClassDef | None,
    note: str | None = None,
) -> Problem:
    """`note` says how the value got into the attribute (default: `assign` sets it)."""
    # the class when known; else the object as named where it is made (`job`), not a class
    owner = f"an instance of `{cls.name}`" if cls is not None else "an object"
    hints = inner.hints
    if cls is not None:
        data = {"class": cls.name, "class_span": span_list(cls), "attrs": [attr], **located(cls)}
        hints = (FixHint("add-getstate", data), *hints)
    where = assign.statement() if hasattr(assign, "statement") else assign
    return replace(
        inner,
        attribute=attr,
        code=rules.PKL005.code
        if inner.code not in (rules.PKL002.code, rules.PKL003.code)
        else inner.code,
        what=f"{owner} whose attribute `{attr}` holds {inner.what}",
        contained=False,
        chain=(
            step(where, note or f"`{attr}` is set to `{snippet(value_of(assign))}`"),
            *inner.chain,
        ),
        hints=hints,
    )


def instance_item_problem(
    inner: Problem, statement: nodes.NodeNG, cls: nodes.ClassDef | None, note: str
) -> Problem:
    """An object of a dict, list or set subclass holding a bad item: pickle saves the items
    (no `__getstate__` of the attributes can drop them)."""
    owner = f"an instance of `{cls.name}`" if cls is not None else "an object"
    return replace(
        inner,
        code=rules.PKL005.code
        if inner.code not in (rules.PKL002.code, rules.PKL003.code)
        else inner.code,
        what=f"{owner} holding {inner.what} as an item",
        contained=False,
        chain=(step(statement.statement(), note), *inner.chain),
    )


def with_all_attributes(found: list[Problem]) -> Problem:
    """The first bad attribute explains the finding (one that fails where a child is spawned
    before a multiprocessing primitive, which passes there); the getstate fix needs them all."""
    found = sorted(found, key=lambda problem: problem.inheritable)
    # The fix keeps the primitives when something else fails: they may be the child's channel.
    attrs = [p.attribute for p in found if p.attribute and p.inheritable == found[0].inheritable]
    hints = tuple(
        FixHint(h.kind, {**h.data, "attrs": attrs}) if h.kind == "add-getstate" else h
        for h in found[0].hints
    )
    copied = next((p for p in found[1:] if not p.by_name), None) if found[0].by_name else None
    return replace(found[0], hints=hints, copied_failure=copied)


def on_every_path(candidates: Iterable[T], judge: Callable[[T], Problem | None]) -> Problem | None:
    """The first candidate's problem when every candidate has one; None when there is none or
    one of them is fine: one good path is enough to stay silent."""
    first: Problem | None = None
    for candidate in candidates:
        problem = judge(candidate)
        if problem is None:
            return None
        first = first or problem
    return first
