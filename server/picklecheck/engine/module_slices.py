"""The part of a module its importers can see through the names they use, as a fingerprint.

A result cache keyed on whole files re-analyses every importer of a module after any edit to it,
even one that adds a helper nobody imports. mypy avoids that with interface hashes; this is the
same idea at statement granularity (no import, no run):

- a module is a sequence of top-level statements ("units"), each with the names it mentions:
  every word of its text, a superset of the names it binds or reads at any depth;
- the slice for a set of names is the closure of units that mention a name in the set, adding
  every name those units mention, until nothing changes (a plain `def` or `class` counts as
  mentioning only its own name: defining it changes no other name);
- its fingerprint hashes the slice's source lines with their line numbers (a finding's why-chain
  may point into the module).

An edit outside the slice (a new function, a comment, a statement about other names) leaves the
fingerprint unchanged; anything else changes it. Where names can be bound in ways a statement
does not spell (`globals()`, `exec`, `sys.modules`), there is no slice: the whole text counts.
A `from x import *` and a module `__getattr__` can bind any name, so they are always in it.
"""

from __future__ import annotations

import ast
import hashlib
import re
from collections import defaultdict
from collections.abc import Collection, Sequence

from picklecheck.engine.syntax import bound_name, evaluated_outside

# Python numbers lines at these breaks (str.splitlines also splits at form feeds and others).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Names are read from a statement's text: a superset of the names it binds or reads (attribute
# names, words in strings and comments too), which only makes a slice larger.
_WORD = re.compile(r"[^\W\d]\w*")
_PLAIN_DEFINITION = re.compile(r"(?:async\s+def|def|class)\s+(\w+)")
# Patterns that start with a literal, which the regex engine scans for quickly (a leading
# `\b` made these the slowest part of slicing); a longer word matching too only makes the
# answer more cautious.
_STAR_IMPORT = re.compile(r"import\s*\(?\s*\*")
# `globals()[...]`, `exec(...)`, `sys.modules[__name__]`, `sys.modules.get(__name__)`: names
# bound where no statement spells them (not a test like `"numpy" in sys.modules`, which binds
# nothing: joblib's logger.py had every importer depend on all of it for that one line).
_DYNAMIC = re.compile(r"globals\s*\(|exec\s*\(|sys\s*\.\s*modules\s*[\[.]")
_ALWAYS_IN_SLICE = frozenset({"__getattr__", "__dir__"})
_PARSE_FAILURES = (SyntaxError, ValueError, RecursionError, MemoryError)
# What every module has without a statement binding it (astroid lists them among its locals).
_MODULE_ATTRIBUTES = frozenset(
    {"__name__", "__doc__", "__file__", "__path__", "__package__", "__spec__", "__loader__"}
    | {"__dict__", "__builtins__", "__cached__", "__annotations__"}
)
Spans = Sequence[tuple[int, int]]  # first and last line of each top-level statement


def slice_fingerprint(text: str, names: Collection[str]) -> str | None:
    """The fingerprint of what importers using `names` of the module `text` can see; None
    when the module cannot be sliced (it does not parse, or binds names dynamically)."""
    return Slicer(text).fingerprint(names)


class Slicer:
    """One module's text split once into statements, for the slices of any number of name
    sets. `spans` are the statements' lines when a tree of the text is at hand (astroid's);
    otherwise the text is parsed with `ast`. Both give the same statements, so the same
    fingerprint."""

    def __init__(self, text: str, spans: Spans | None = None, bound: Collection[str] = ()) -> None:
        lines = _LINE_BREAK.split(text)
        if spans is None:
            parsed = _parsed(text)
            spans, bound = parsed if parsed is not None else (None, ())
        self._spans = list(spans) if spans is not None else None
        self._bound = frozenset(bound) | _MODULE_ATTRIBUTES
        self._segments: list[str] = []
        # per statement, the module's names it mentions: a statement can only change, or be
        # changed by, what the module binds (builtins, keywords and locals are not bound)
        self._links: list[frozenset[str]] = []
        self._by_name: defaultdict[str, list[int]] = defaultdict(list)
        self._always: set[int] = set()  # statements that can bind any name
        self._digests: dict[int, bytes] = {}
        self._known: dict[tuple[str, ...], str | None] = {}
        if self._spans is not None and _DYNAMIC.search(text):
            self._spans = None  # anywhere in the text: no statement can be left out
        if self._spans is not None:
            self._segments = ["\n".join(lines[a - 1 : b]) for a, b in self._spans]
            self._index(stars="*" in text and _STAR_IMPORT.search(text) is not None)

    def _index(self, stars: bool) -> None:
        for index, segment in enumerate(self._segments):
            mentions = frozenset(_WORD.findall(segment))
            links = mentions & self._bound
            self._links.append(links)
            for name in _reached_through(segment, mentions, links):
                self._by_name[name].append(index)
            if mentions & _ALWAYS_IN_SLICE or (stars and _STAR_IMPORT.search(segment)):
                self._always.add(index)

    def fingerprint(self, names: Collection[str]) -> str | None:
        if self._spans is None:
            return None
        key = tuple(sorted(names))
        if key not in self._known:
            digest = hashlib.blake2b(repr(key).encode(), digest_size=20)
            for index in sorted(self._closure(key)):
                digest.update(self._digest(index))
            self._known[key] = digest.hexdigest()
        return self._known[key]

    def _digest(self, index: int) -> bytes:
        """A statement's text with its lines (a why-chain may point into the module)."""
        if index not in self._digests:
            assert self._spans is not None
            first, last = self._spans[index]
            text = f"{first}:{last}\0{self._segments[index]}"
            self._digests[index] = hashlib.blake2b(
                text.encode("utf-8", "surrogatepass"), digest_size=16
            ).digest()
        return self._digests[index]

    def _closure(self, names: Collection[str]) -> set[int]:
        """The statements that mention a needed name, and in turn those that mention a name
        they mention, over the names the module binds (a name it does not bind can only come
        to matter through a new statement that binds it, which then mentions it)."""
        included = set(self._always)
        pending = [name for index in included for name in self._links[index]]
        pending += [name for name in names if name in self._bound]
        seen: set[str] = set()
        while pending:
            name = pending.pop()
            if name in seen:
                continue
            seen.add(name)
            for index in self._by_name.get(name, ()):
                if index not in included:
                    included.add(index)
                    pending.extend(self._links[index])
        return included


def _reached_through(
    segment: str, mentions: frozenset[str], links: frozenset[str]
) -> frozenset[str]:
    """The names whose meaning a statement can change. A plain `def` or `class` (no decorator,
    no `global`) only binds its own name: a new helper that reads `Parallel` changes nothing an
    importer of `Parallel` sees; anything else may change every name it mentions."""
    plain = _PLAIN_DEFINITION.match(segment)
    if plain is None or "global" in mentions:
        return links
    return links & {plain.group(1)}


def statement_span(statement: ast.stmt | object) -> tuple[int, int]:
    """First and last line of a top-level statement, its decorators included (an `ast` or an
    astroid node: both carry `lineno`, `end_lineno` and the decorators' lines)."""
    lineno: int = getattr(statement, "lineno", 0) or 0
    decorators = getattr(statement, "decorator_list", None)
    if decorators is None:  # astroid keeps them in a Decorators node
        decorators = getattr(getattr(statement, "decorators", None), "nodes", None) or []
    first = min([lineno, *(d.lineno for d in decorators if d.lineno)])
    return first, getattr(statement, "end_lineno", None) or lineno


def _parsed(text: str) -> tuple[list[tuple[int, int]], set[str]] | None:
    """The statements' spans and the names bound at module level, read with `ast`."""
    try:
        body = ast.parse(text).body
    except _PARSE_FAILURES:
        return None
    if body and _is_docstring(body[0]):
        body = body[1:]  # astroid keeps it apart from the statements (`Module.doc_node`)
    bound: set[str] = set()
    for statement in body:
        _collect_bindings(statement, bound, None)
    return [statement_span(statement) for statement in body], bound


def _is_docstring(statement: ast.stmt) -> bool:
    value = getattr(statement, "value", None)
    return (
        isinstance(statement, ast.Expr)
        and isinstance(value, ast.Constant)
        and isinstance(value.value, str)
    )


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_ANONYMOUS_SCOPES = (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _collect_bindings(node: ast.AST, bound: set[str], declared: frozenset[str] | None) -> None:
    """The names `node` binds in the module's namespace, as astroid's `Module.locals` lists
    them: what is bound at module level (`declared` None), and in a function or class what it
    declares `global` and binds."""
    if isinstance(node, _SCOPES):
        if declared is None:  # astroid does not list a `global` function or class defined
            bound.add(node.name)  # inside another among the module's names
        for part in evaluated_outside(node):
            _collect_bindings(part, bound, declared)
        inner = frozenset(_declared_global(node))
        for statement in node.body:
            _collect_bindings(statement, bound, inner)
        return
    if isinstance(node, _ANONYMOUS_SCOPES):
        declared = frozenset()  # their own names, never global
    else:
        for name in _bound_by(node):
            _bind(name, bound, declared)
    for child in ast.iter_child_nodes(node):
        _collect_bindings(child, bound, declared)


def _bind(name: str, bound: set[str], declared: frozenset[str] | None) -> None:
    if declared is None or name in declared:
        bound.add(name)


def _declared_global(scope: ast.stmt) -> list[str]:
    names: list[str] = []
    pending: list[ast.AST] = list(getattr(scope, "body", []))
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Global):
            names += node.names
        elif not isinstance(node, (*_SCOPES, *_ANONYMOUS_SCOPES)):
            pending.extend(ast.iter_child_nodes(node))
    return names


def _bound_by(node: ast.AST) -> list[str]:
    if isinstance(node, ast.MatchMapping) and node.rest:
        return [node.rest]
    name = bound_name(node)  # defs and classes are scopes, handled before this is asked
    return [name] if name and name != "*" else []
