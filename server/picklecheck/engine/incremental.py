"""Re-analysis of an edited file that reuses what the edit cannot have changed.

An editor re-analyses a file after every edit, and building and searching the whole tree of a
large file costs far more than the edit warrants. Results here are kept per top-level
statement. After an edit:

1. The new text is split into top-level statements and compared with the previous version;
   unchanged statements keep their text and only move up or down.
2. The statements whose results may depend on a changed one are found through module-level
   names (below). Every other statement's findings are reused, moved to its new lines.
3. The dependent statements, and everything their analysis may read, are analysed in a tree
   built from the file with all other lines blanked out, so every position stays the same.

How one statement's analysis can read another (edges, conservatively):

- it mentions a name the other binds at module level (definitions, assignments, imports,
  `global` declarations);
- the other changes a name it binds (module-level code such as `ITEMS.append(x)` changes
  what `ITEMS` holds, and the analysis reads such code), or calls or passes a function or
  class it defines (call sites give parameters their values, `Process(target=f, args=...)`
  gives `f` its arguments).

Edits that can change the whole file's verdicts (a start method chosen with
`set_start_method`, a `copyreg` registration, star imports, `globals()`, ...) fall back to a
full analysis, as do a first analysis, a changed configuration and any doubt.
The result equals a full analysis; tests/engine/test_incremental.py checks that on random
edit sequences.
"""

from __future__ import annotations

import ast
import itertools
from collections import deque
from dataclasses import dataclass, replace
from typing import Any

from picklecheck.engine.analyzer import Outcome, analyze_outcome, finished_findings
from picklecheck.engine.config import Config
from picklecheck.engine.model import Boundary, ChainStep, Finding, FixHint, Report, Span
from picklecheck.engine.statement_facts import Facts, statement_facts
from picklecheck.engine.syntax import parsed_text

# Above this share of statements to re-analyse, a full analysis costs the same.
_MAX_PARTIAL_SHARE = 0.6

# Fix-hint data that holds positions in the analysed file, moved with their statement.
SPAN_KEYS = frozenset(
    {"span", "def", "lambda", "class_span", "call", "argument", "site", "receiver_creation"}
    | {"definition"}
)
LINE_KEYS = frozenset({"start_line", "set_line"})


@dataclass(frozen=True)
class _Statement:
    text: str
    first: int  # 0-based first line, decorators included
    last: int  # 0-based last line
    facts: Facts


@dataclass
class _Snapshot:
    """The last version's results; kept only when they are complete (no budget cut, no syntax
    error), so any snapshot can be built on."""

    lines: list[str]
    config: Config
    statements: list[_Statement]
    raw: list[tuple[Span, Finding]]
    boundaries: list[Boundary]
    helper_start_method: bool = False  # see Outcome: no partial analysis builds on it


@dataclass(frozen=True)
class _Partial:
    mover: _Mover
    needed: set[int]
    share: float
    outcome: Outcome  # the analysis of the `needed` statements (empty when none)


@dataclass(frozen=True)
class Change:
    """Findings of the statements an edit reaches, before and after it (`changed_findings`)."""

    before: list[Finding]
    after: list[Finding]
    complete: bool  # False when the analysis was cut short (budget, cancellation)


class _Fallback(Exception):
    """The edit cannot be handled incrementally; analyse the whole file."""


class IncrementalAnalyzer:
    """Analyses successive versions of one file; `analyze` equals `analyze_source`."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.last_mode = ""  # "full", "reused" (nothing re-analysed) or "partial"
        self.last_share = 0.0  # share of statements re-analysed by the last call
        self._snapshot: _Snapshot | None = None
        self._facts: dict[str, Facts] = {}

    def reset(self) -> None:
        """Forget the previous version (another file it imports changed, say)."""
        self._snapshot = None

    def branch(self) -> IncrementalAnalyzer:
        """An analyzer that starts from this one's last version: analysing a variant of that
        text with it (a quick fix applied, say) leaves this one as it is."""
        copy = IncrementalAnalyzer(self.path)
        copy._snapshot = self._snapshot  # never mutated, only replaced
        copy._facts = dict(self._facts)
        return copy

    def knows(self, source: str) -> bool:
        """Whether the last version analysed completely is `source`."""
        return self._snapshot is not None and self._snapshot.lines == source.split("\n")

    def analyze(self, source: str, config: Config) -> Report:
        previous = self._snapshot
        statements = self._split_after(previous, source) if previous else None
        if statements is None:
            statements = self._split(source)
        # Facts of statements no longer in the text go: every edit makes new statement texts,
        # and a long session would otherwise keep them all.
        self._facts = {s.text: s.facts for s in statements or []}
        if (
            previous is not None
            and statements is not None
            and _same_config(previous.config, config)
        ):
            try:
                return self._incremental(previous, statements, source, config)
            except _Fallback:
                pass
        return self._full(source, config, statements)

    def adopt(self, source: str, config: Config, outcome: Outcome) -> None:
        """Take `outcome`, a complete `analyze_outcome` of `source` run elsewhere, as the last
        version: the next `analyze` (of an edited text) re-analyses only what the edit reaches."""
        statements = self._split(source)
        self._facts = {s.text: s.facts for s in statements or []}
        self.last_mode, self.last_share = "full", 1.0
        self._remember(
            source, config, statements, outcome.raw, outcome.report, outcome.helper_start_method
        )

    # ---- full analysis ------------------------------------------------------------------------

    def _full(self, source: str, config: Config, statements: list[_Statement] | None) -> Report:
        outcome = analyze_outcome(source, self.path, config)
        self.last_mode, self.last_share = "full", 1.0
        self._remember(
            source, config, statements, outcome.raw, outcome.report, outcome.helper_start_method
        )
        return outcome.report

    def _remember(
        self,
        source: str,
        config: Config,
        statements: list[_Statement] | None,
        raw: list[tuple[Span, Finding]],
        report: Report,
        helper_start_method: bool = False,
    ) -> None:
        complete = report.syntax_error is None and report.stats.budget_exceeded == 0
        if statements is None or not complete:
            self._snapshot = None
            return
        self._snapshot = _Snapshot(
            source.split("\n"),
            replace(config, cancelled=None),
            statements,
            raw,
            report.boundaries,
            helper_start_method,
        )

    # ---- incremental analysis -----------------------------------------------------------------

    def _incremental(
        self, previous: _Snapshot, statements: list[_Statement], source: str, config: Config
    ) -> Report:
        partial = self._partial(previous, statements, source, config)
        mover = partial.mover
        reused_raw = [
            (mover.span(origin), _moved_finding(finding, mover))
            for origin, finding in previous.raw
            if mover.kept(origin.line)
        ]
        reused_boundaries = [
            replace(boundary, span=mover.span(boundary.span))
            for boundary in previous.boundaries
            if mover.kept(boundary.span.line)
        ]
        outcome = partial.outcome
        raw = sorted([*reused_raw, *outcome.raw], key=lambda entry: entry[0])
        boundaries = sorted([*reused_boundaries, *outcome.report.boundaries], key=lambda b: b.span)
        report = outcome.report
        report.findings = finished_findings(raw, boundaries, source, config)
        report.boundaries = boundaries
        report.stats.files = 1
        report.stats.files_prefiltered = 0
        report.stats.sink_calls = len(boundaries)
        self.last_mode = "partial" if partial.needed else "reused"
        self.last_share = partial.share
        self._remember(source, config, statements, raw, report)
        return report

    def _partial(
        self, previous: _Snapshot, statements: list[_Statement], source: str, config: Config
    ) -> _Partial:
        """Which old results an edit leaves valid, and the analysis of what it reaches."""
        if previous.helper_start_method:
            raise _Fallback
        old = previous.statements
        prefix, suffix = _common_ends(old, statements)
        changed_old = old[prefix : len(old) - suffix]
        changed_new = list(range(prefix, len(statements) - suffix))
        if any(
            s.facts.global_effect for s in [*changed_old, *(statements[i] for i in changed_new)]
        ):
            raise _Fallback
        moved = _line_moves(old, statements, prefix, suffix)
        index = _Index(statements)
        dirty = _closure(statements, index, set(changed_new), changed_old, _READERS)
        needed = _needed(statements, index, dirty)
        share = len(needed) / max(1, len(statements))
        if share > _MAX_PARTIAL_SHARE:
            raise _Fallback
        outcome = Outcome(Report(path=self.path))
        if needed:
            tree_source = _blank_except(source, [statements[i] for i in sorted(needed)])
            outcome = analyze_outcome(source, self.path, config, tree_source=tree_source)
            if outcome.report.syntax_error is not None or outcome.helper_start_method:
                raise _Fallback
        return _Partial(_Mover(old, moved, needed), needed, share, outcome)

    def changed_findings(self, source: str, config: Config) -> Change | None:
        """For checking a variant of the last version (a quick fix applied) without building
        its whole report: the findings of the statements the edit reaches, before and after
        it; all other findings stay as they are. None when the variant needs a full analysis.
        Keeps this analyzer's version; only its cache of statement facts grows."""
        previous = self._snapshot
        if previous is None or not _same_config(previous.config, config):
            return None
        statements = self._split_after(previous, source)
        if statements is None:
            return None
        try:
            partial = self._partial(previous, statements, source, config)
        except _Fallback:
            return None
        old_raw = [entry for entry in previous.raw if not partial.mover.kept(entry[0].line)]
        old_source = "\n".join(previous.lines)
        report = partial.outcome.report
        boundaries = [*previous.boundaries, *report.boundaries]
        return Change(
            finished_findings(old_raw, boundaries, old_source, config),
            finished_findings(partial.outcome.raw, boundaries, source, config),
            complete=report.stats.budget_exceeded == 0,
        )

    # ---- statements ---------------------------------------------------------------------------

    def _split(self, source: str) -> list[_Statement] | None:
        """Top-level statements with their lines, or None when the text does not parse or two
        statements share a line (`a = 1; b = 2`)."""
        lines = _lines(source)
        if lines is None:
            return None
        return self._parsed_statements(lines, 0, len(lines))

    def _split_after(self, previous: _Snapshot, source: str) -> list[_Statement] | None:
        """Like `_split`, parsing only the edited lines with one statement around them.

        The text before and after that stretch is unchanged and consists of whole top-level
        statements, so the tokenizer is in the same clean state at both ends as in a parse of
        the whole file; a stretch that does not parse on its own falls back to that parse.
        """
        lines = _lines(source)
        if lines is None:
            return None
        old, old_lines = previous.statements, previous.lines
        same_start, same_end = _common_line_ends(old_lines, lines)
        delta = len(lines) - len(old_lines)
        before = [i for i, s in enumerate(old) if s.last < same_start]
        after = [i for i, s in enumerate(old) if s.first >= len(old_lines) - same_end]
        low = before[-1] if before else -1  # one unchanged statement of context each side
        high = after[0] if after else len(old)
        start = old[low].first if low >= 0 else 0
        end = old[high].last + 1 + delta if high < len(old) else len(lines)
        middle = self._parsed_statements(lines, start, end)
        if middle is None:
            return None
        kept_after = [_shifted(s, delta) for s in old[high + 1 :]]
        statements = [*old[: max(low, 0)], *middle, *kept_after]
        if not _separate(statements):
            return None
        return statements

    def _parsed_statements(self, lines: list[str], start: int, end: int) -> list[_Statement] | None:
        tree = parsed_text("\n".join(lines[start:end]))
        if tree is None:
            return None
        statements: list[_Statement] = []
        for node in tree.body:
            decorators = getattr(node, "decorator_list", [])
            first = min([node.lineno, *(d.lineno for d in decorators)]) - 1 + start
            last = (node.end_lineno or node.lineno) - 1 + start
            text = "\n".join(lines[first : last + 1])
            statements.append(_Statement(text, first, last, self._facts_of(text, node)))
        return statements if _separate(statements) else None

    def _facts_of(self, text: str, node: ast.stmt) -> Facts:
        known = self._facts.get(text)
        if known is None:
            known = statement_facts(text, node)
            self._facts[text] = known
        return known


def _lines(source: str) -> list[str] | None:
    """Lines numbered as Python numbers them; None for a lone \\r (an old Mac line end),
    which Python counts and `split("\\n")` would not."""
    if "\r" in source and source.count("\r") != source.count("\r\n"):
        return None
    return source.split("\n")


def _common_line_ends(old: list[str], new: list[str]) -> tuple[int, int]:
    same_start = 0
    limit = min(len(old), len(new))
    while same_start < limit and old[same_start] == new[same_start]:
        same_start += 1
    same_end = 0
    while same_end < limit - same_start and old[-1 - same_end] == new[-1 - same_end]:
        same_end += 1
    return same_start, same_end


def _shifted(statement: _Statement, delta: int) -> _Statement:
    if delta == 0:
        return statement
    return replace(statement, first=statement.first + delta, last=statement.last + delta)


def _separate(statements: list[_Statement]) -> bool:
    """No two statements share a line."""
    return all(a.last < b.first for a, b in itertools.pairwise(statements))


def _same_config(kept: Config, current: Config) -> bool:
    return kept == replace(current, cancelled=None)


def _common_ends(old: list[_Statement], new: list[_Statement]) -> tuple[int, int]:
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix].text == new[prefix].text:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(new)) - prefix
        and old[len(old) - 1 - suffix].text == new[len(new) - 1 - suffix].text
    ):
        suffix += 1
    return prefix, suffix


def _line_moves(
    old: list[_Statement], new: list[_Statement], prefix: int, suffix: int
) -> dict[int, tuple[int, int]]:
    """Old statement index -> (new index, line delta) for the statements the edit kept."""
    moves = {i: (i, new[i].first - old[i].first) for i in range(prefix)}
    for k in range(suffix):
        i, j = len(old) - 1 - k, len(new) - 1 - k
        moves[i] = (j, new[j].first - old[i].first)
    return moves


# ---- which statements depend on the edit ----------------------------------------------------


class _Index:
    def __init__(self, statements: list[_Statement]) -> None:
        self.binders: dict[str, list[int]] = {}
        self.definers: dict[str, list[int]] = {}
        self.mentioners: dict[str, list[int]] = {}
        self.changers: dict[str, list[int]] = {}
        self.passers: dict[str, list[int]] = {}
        for index, statement in enumerate(statements):
            facts = statement.facts
            for table, names in (
                (self.binders, facts.binds),
                (self.definers, facts.defines),
                (self.mentioners, facts.mentions),
                (self.changers, facts.changes),
                (self.passers, facts.passes),
            ):
                for name in names:
                    table.setdefault(name, []).append(index)


# How statements read each other, as (a statement's facts, the index of those it links to):
# who may read a statement (it binds what they mention, changes what they bind, calls or
# passes on what they define) and what a statement may read (the reverse of each).
_READERS = (("binds", "mentioners"), ("changes", "binders"), ("passes", "definers"))
_READ = (("mentions", "binders"), ("binds", "changers"), ("defines", "passers"))


def _closure(
    statements: list[_Statement],
    index: _Index,
    start: set[int],
    removed: list[_Statement],
    links: tuple[tuple[str, str], ...],
) -> set[int]:
    """`start` plus every statement reached from it (or from the removed, old statements)
    through `links`, directly or through others."""
    found = set(start)
    queue: deque[Facts] = deque(
        [*(statements[i].facts for i in start), *(r.facts for r in removed)]
    )
    seen: dict[str, set[str]] = {table: set() for _field, table in links}
    while queue:
        facts = queue.popleft()
        for field_name, table in links:
            names = getattr(facts, field_name) - seen[table]
            seen[table] |= names
            targets: dict[str, list[int]] = getattr(index, table)
            for name in names:
                for other in targets.get(name, []):
                    if other not in found:
                        found.add(other)
                        queue.append(statements[other].facts)
    return found


def _needed(statements: list[_Statement], index: _Index, dirty: set[int]) -> set[int]:
    """The dirty statements plus everything their analysis can read, plus the statements the
    analysis reads file-wide."""
    if not dirty:
        return set()
    file_wide = {i for i, s in enumerate(statements) if s.facts.file_wide}
    return _closure(statements, index, dirty | file_wide, [], _READ)


# ---- moving reused results ------------------------------------------------------------------


class _Mover:
    """Moves spans of the old text to the new one, statement by statement."""

    def __init__(
        self, old: list[_Statement], moved: dict[int, tuple[int, int]], needed: set[int]
    ) -> None:
        self._starts = [s.first for s in old]
        self._old = old
        self._moved = moved
        self._needed = needed
        self.identity = all(delta == 0 for _index, delta in moved.values())

    def line(self, line: int) -> int:
        position = self._holder(line)
        if position not in self._moved:
            raise _Fallback  # a position in a changed statement: do not guess
        return line + self._moved[position][1]

    def span(self, span: Span) -> Span:
        if self.identity:
            return span
        delta = self.line(span.line) - span.line
        if self.line(span.end_line) - span.end_line != delta:
            raise _Fallback
        return Span(span.line + delta, span.col, span.end_line + delta, span.end_col)

    def kept(self, line: int) -> bool:
        """Whether the result of the old statement holding `line` is reused: the statement is
        unchanged and not re-analysed."""
        position = self._holder(line)
        return position in self._moved and self._moved[position][0] not in self._needed

    def _holder(self, line: int) -> int:
        """The old statement holding `line`."""
        position = _last_at_or_before(self._starts, line)
        if position < 0 or line > self._old[position].last:
            raise _Fallback  # a position outside every statement: do not guess
        return position


def _last_at_or_before(starts: list[int], line: int) -> int:
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= line:
            low = middle + 1
        else:
            high = middle
    return low - 1


def _moved_finding(finding: Finding, mover: _Mover) -> Finding:
    if mover.identity:
        return finding
    chain = tuple(
        step if step.path is not None else ChainStep(mover.span(step.span), step.note, None)
        for step in finding.chain
    )
    hints = tuple(_moved_hint(hint, mover) for hint in finding.fix_hints)
    return replace(finding, span=mover.span(finding.span), chain=chain, fix_hints=hints)


def _moved_hint(hint: FixHint, mover: _Mover) -> FixHint:
    if "path" in hint.data:
        return hint  # positions in another file
    data: dict[str, Any] = {}
    for key, value in hint.data.items():
        if key in SPAN_KEYS and _is_span_list(value):
            moved = mover.span(Span(*value))
            value = [moved.line, moved.col, moved.end_line, moved.end_col]
        elif key in LINE_KEYS and isinstance(value, int):
            value = mover.line(value)
        data[key] = value
    return FixHint(hint.kind, data)


def _is_span_list(value: object) -> bool:
    return isinstance(value, list) and len(value) == 4 and all(isinstance(v, int) for v in value)


def _blank_except(source: str, keep: list[_Statement]) -> str:
    """The source with every line outside `keep` emptied (line numbers stay the same)."""
    lines = source.split("\n")
    out = [""] * len(lines)
    for statement in keep:
        out[statement.first : statement.last + 1] = lines[statement.first : statement.last + 1]
    return "\n".join(out)
