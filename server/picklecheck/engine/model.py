"""The data every part of picklecheck exchanges: findings, their why-chains and fixes.

Positions are 0-based lines and 0-based columns counted in Unicode code points, the way
editors think of text. Converting to LSP's UTF-16 units happens in the LSP layer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class StartMethod(enum.Enum):
    """How multiprocessing starts a child; decides what gets pickled."""

    FORK = "fork"
    SPAWN = "spawn"
    FORKSERVER = "forkserver"


ALL_START_METHODS: frozenset[StartMethod] = frozenset(StartMethod)
CHILD_PICKLING_METHODS: frozenset[StartMethod] = frozenset(
    {StartMethod.SPAWN, StartMethod.FORKSERVER}
)


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, order=True)
class Span:
    """A range in a source file: 0-based lines, 0-based code-point columns, end exclusive."""

    line: int
    col: int
    end_line: int
    end_col: int

    def contains(self, line: int, col: int) -> bool:
        if (line, col) < (self.line, self.col):
            return False
        return (line, col) <= (self.end_line, self.end_col)


@dataclass(frozen=True)
class ChainStep:
    """One link of a why-chain: where the bad value passes through, and what happens there."""

    span: Span
    note: str
    path: str | None = None  # None means the file the finding is in


@dataclass(frozen=True)
class FixHint:
    """What a quick fix needs to know, as plain data (kind names are stable, see fixes)."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Edit:
    span: Span
    new_text: str


class FixSafety(enum.Enum):
    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    safety: FixSafety = FixSafety.UNSAFE


@dataclass(frozen=True)
class Finding:
    """A value that will fail to pickle where it crosses a process boundary."""

    code: str
    severity: Severity
    span: Span
    message: str
    runtime_error: (
        str  # what users would see, e.g. "TypeError: cannot pickle '_thread.lock' object"
    )
    start_methods: frozenset[StartMethod]  # start methods under which this fails
    since: tuple[int, int] | None = None  # first Python version that fails; None = all supported
    chain: tuple[ChainStep, ...] = ()
    fix_hints: tuple[FixHint, ...] = ()
    sink: str = ""  # the boundary, e.g. "multiprocessing.pool.Pool.starmap"
    path: str = ""

    @property
    def sort_key(self) -> tuple[str, Span, str]:
        return (self.path, self.span, self.code)


@dataclass(frozen=True)
class Boundary:
    """A call where values cross a process boundary, for hovers: what it pickles and when."""

    span: Span  # the whole call
    sink: str  # e.g. "multiprocessing.pool.Pool.starmap"
    pickled: tuple[str, ...]  # human descriptions, e.g. ("the function `work`", "every task item")
    start_methods: frozenset[StartMethod]  # when those values are pickled


@dataclass
class Statistics:
    """Counters for --statistics and the benchmark; never affect findings."""

    files: int = 0
    files_prefiltered: int = 0
    sink_calls: int = 0
    unknown_values: int = 0
    budget_exceeded: int = 0
    seconds: float = 0.0
    files_cached: int = 0  # answered from the CLI's on-disk cache, not analysed again

    def merge(self, other: Statistics) -> None:
        self.files += other.files
        self.files_prefiltered += other.files_prefiltered
        self.sink_calls += other.sink_calls
        self.unknown_values += other.unknown_values
        self.budget_exceeded += other.budget_exceeded
        self.seconds += other.seconds
        self.files_cached += other.files_cached


@dataclass(frozen=True)
class Dependency:
    """A project module an analysis could have read, and the names of it that the analysed
    file's import closure uses (None: any of them, e.g. after `from module import *`)."""

    path: str
    names: tuple[str, ...] | None
    # engine/module_slices.py's fingerprint of what those names see of the module, as read by
    # the analysis; None: not known, the module's whole text counts
    fingerprint: str | None = None


@dataclass
class Report:
    """The result of analysing one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    boundaries: list[Boundary] = field(default_factory=list)
    stats: Statistics = field(default_factory=Statistics)
    syntax_error: str | None = None
    # The project's modules (not the standard library's or installed packages') the analysis
    # could have read: the file's import closure among the modules astroid built, each with the
    # names used of it. A result cache must recheck them (cli/cache.py).
    dependencies: tuple[Dependency, ...] = ()
