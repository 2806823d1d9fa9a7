"""Hypothesis fuzzing of the engine: generated programs and mutated real files never make an
exception escape, and every report stays well formed.

Examples are derandomized so CI runs are reproducible; counts are modest so the file runs in
well under a minute.
"""

from __future__ import annotations

import ast
import multiprocessing.pool
import re
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import process as futures_process
from pathlib import Path

import hypothesmith
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from report_invariants import assert_well_formed

from picklecheck.engine import Edit, Report, Span, analyze_path, analyze_source
from picklecheck.engine.suppression import suppression_edit

REPO = Path(__file__).resolve().parents[2]
RULE_EXAMPLES = sorted((REPO / "docs" / "rule_examples").glob("PKL*.py"))
STDLIB_FILES = [Path(multiprocessing.pool.__file__), Path(futures_process.__file__)]

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="pc-fuzz-") as directory:
        yield Path(directory)


def with_boundaries(program: str) -> str:
    """Send every module-level name of `program` across a process boundary, so generated
    programs reach the value judge instead of stopping at the prefilter."""
    names = module_level_names(program)
    items = "[" + ", ".join(names) + "]"
    tail = (
        "\nimport multiprocessing as _mp\n"
        "if __name__ == '__main__':\n"
        f"    with _mp.Pool() as _pool:\n        _pool.map(print, {items})\n"
    )
    if names:
        tail += f"    _mp.Process(target={names[0]}, args={items}).start()\n"
    return program + tail


def module_level_names(program: str) -> list[str]:
    try:
        tree = ast.parse(program)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    names = [
        node.id
        for statement in tree.body
        for node in ast.walk(statement)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    ]
    names += [s.name for s in tree.body if isinstance(s, ast.FunctionDef | ast.ClassDef)]
    return list(dict.fromkeys(names))[:20]


@FUZZ
@given(program=hypothesmith.from_grammar())
def test_grammar_generated_programs_never_raise(program: str) -> None:
    source = with_boundaries(program)
    assert_well_formed(analyze_source(source, "generated.py"), source)


@settings(FUZZ, max_examples=25, suppress_health_check=[HealthCheck.filter_too_much])
@given(program=hypothesmith.from_node())
def test_syntax_tree_generated_programs_never_raise(program: str) -> None:
    source = with_boundaries(program)
    assert_well_formed(analyze_source(source, "generated.py"), source)


# --- mutations of real files -------------------------------------------------------------

Mutation = Callable[[bytes], bytes]


def truncate(fraction: float) -> Mutation:
    return lambda data: data[: int(len(data) * fraction)]


def insert_bytes(fraction: float, garbage: bytes) -> Mutation:
    def apply(data: bytes) -> bytes:
        at = int(len(data) * fraction)
        return data[:at] + garbage + data[at:]

    return apply


def delete_range(start: float, length: int) -> Mutation:
    def apply(data: bytes) -> bytes:
        at = int(len(data) * start)
        return data[:at] + data[at + length :]

    return apply


def duplicate_range(start: float, length: int) -> Mutation:
    def apply(data: bytes) -> bytes:
        at = int(len(data) * start)
        return data[: at + length] + data[at : at + length] + data[at + length :]

    return apply


def line_edit(start: float, operation: str) -> Mutation:
    """Whole-line edits, which often keep the file parseable and so reach the analysis."""

    def apply(data: bytes) -> bytes:
        lines = data.splitlines(keepends=True)
        if not lines:
            return data
        at = int((len(lines) - 1) * start)
        if operation == "delete":
            del lines[at]
        elif operation == "duplicate":
            lines.insert(at, lines[at])
        elif at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        return b"".join(lines)

    return apply


def to_crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def to_cr(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r")


def indent_with_tabs(data: bytes) -> bytes:
    return re.sub(rb"(?m)^((?:    )+)", lambda m: b"\t" * (len(m.group(1)) // 4), data)


def long_line(width: int) -> Mutation:
    line = b"_long = [" + b"1, " * width + b"]\n"
    return lambda data: line + data


def nest_in_ifs(depth: int) -> Mutation:
    """Indent the whole file under `depth` nested ifs (a syntax error where the file has
    continuation lines or multi-line strings, which is fine for fuzzing)."""

    def apply(data: bytes) -> bytes:
        header = b"".join(b" " * d + b"if True:\n" for d in range(depth))
        body = b"".join(b" " * depth + line for line in data.splitlines(keepends=True))
        return header + body

    return apply


SPECIAL_BYTES = [
    b"\x00",  # NUL
    b"\xff\xfe",  # not UTF-8
    b"\xc3\x28",  # broken two-byte sequence
    b"\xed\xa0\x80",  # encoded surrogate
    b"\xef\xbb\xbf",  # BOM in the middle
    b"\x0c",  # form feed
    b"\r",
    b"\xe2\x80\xa8",  # U+2028, a line break for str.splitlines only
    b"(((",
    b"]",
    b"lambda:",
    b"\\",
    b'"""',
    b"\t",
    b"#",
    b"\n    ",
]
GARBAGE = st.sampled_from(SPECIAL_BYTES) | st.binary(min_size=1, max_size=16)
FRACTION = st.floats(0.0, 1.0)

MUTATIONS: st.SearchStrategy[Mutation] = st.one_of(
    st.builds(truncate, FRACTION),
    st.builds(line_edit, FRACTION, st.sampled_from(["delete", "duplicate", "swap"])),
    st.builds(insert_bytes, FRACTION, GARBAGE),
    st.builds(delete_range, FRACTION, st.integers(1, 400)),
    st.builds(duplicate_range, FRACTION, st.integers(1, 400)),
    st.just(to_crlf),
    st.just(to_cr),
    st.just(indent_with_tabs),
    st.builds(long_line, st.integers(1_000, 20_000)),
    st.builds(nest_in_ifs, st.integers(1, 40)),
)


def mutated(original: bytes, mutations: list[Mutation]) -> bytes:
    for mutation in mutations:
        original = mutation(original)
    return original


def analyze_bytes(data: bytes, directory: Path) -> tuple[Report, str]:
    path = directory / "mutated.py"
    path.write_bytes(data)
    return analyze_path(path), data.decode("utf-8", errors="replace")


@settings(FUZZ, max_examples=80)
@given(
    original=st.sampled_from(RULE_EXAMPLES),
    mutations=st.lists(MUTATIONS, min_size=1, max_size=4),
)
def test_mutated_rule_examples_never_raise(
    original: Path, mutations: list[Mutation], scratch: Path
) -> None:
    report, text = analyze_bytes(mutated(original.read_bytes(), mutations), scratch)
    event("parsed" if report.syntax_error is None else "syntax error")
    if report.syntax_error is None:
        assert_well_formed(report, text)


@settings(FUZZ, max_examples=12)
@given(
    original=st.sampled_from(STDLIB_FILES),
    mutations=st.lists(MUTATIONS, min_size=1, max_size=3),
)
def test_mutated_stdlib_modules_never_raise(
    original: Path, mutations: list[Mutation], scratch: Path
) -> None:
    report, text = analyze_bytes(mutated(original.read_bytes(), mutations), scratch)
    if report.syntax_error is None:
        assert_well_formed(report, text)


@FUZZ
@given(text=st.text(max_size=400), at=FRACTION, original=st.sampled_from(RULE_EXAMPLES))
def test_arbitrary_text_spliced_into_rule_examples_never_raises(
    text: str, at: float, original: Path
) -> None:
    source = original.read_text()
    cut = int(len(source) * at)
    spliced = source[:cut] + text + source[cut:]
    assert_well_formed(analyze_source(spliced, str(original)), spliced)


def test_columns_count_code_points_on_lines_with_non_ascii_text() -> None:
    source = (
        "import multiprocessing\n"
        "if __name__ == '__main__':\n"
        "    é = 1; multiprocessing.Pool().map(lambda: 'é', [é])\n"
    )
    [finding] = analyze_source(source, "prog.py").findings
    assert span_text(source, finding.span) == "lambda: 'é'"


def test_file_with_a_byte_order_mark_is_analysed_like_without(scratch: Path) -> None:
    example = RULE_EXAMPLES[0]
    with_bom = scratch / "bom.py"
    with_bom.write_bytes(b"\xef\xbb\xbf" + example.read_bytes())
    report = analyze_path(with_bom)
    assert report.syntax_error is None
    assert [f.code for f in report.findings] == [f.code for f in analyze_path(example).findings]


# --- layout changes that must not change what is found -----------------------------------


def span_text(source: str, span: Span) -> str:
    lines = re.split(r"\r\n|\r|\n", source)
    if span.line == span.end_line:
        return lines[span.line][span.col : span.end_col]
    return lines[span.line][span.col :] + lines[span.end_line][: span.end_col]


def located(report: Report, source: str) -> list[tuple[str, int, str]]:
    return [(f.code, f.span.line, span_text(source, f.span)) for f in report.findings]


LAYOUT_CHANGES: dict[str, Callable[[str], str]] = {
    "crlf": lambda s: s.replace("\n", "\r\n"),
    "cr": lambda s: s.replace("\n", "\r"),
    "tabs": lambda s: indent_with_tabs(s.encode()).decode(),
    "trailing comment": lambda s: s + "\n# the end\n\n\n",
    "trailing whitespace": lambda s: s.replace("\n", "   \n"),
    "form feed first": lambda s: "\x0c" + s,
}


@pytest.mark.parametrize("change", sorted(LAYOUT_CHANGES))
@pytest.mark.parametrize("example", RULE_EXAMPLES, ids=lambda p: p.stem)
def test_layout_changes_keep_findings_and_their_text(example: Path, change: str) -> None:
    source = example.read_text()
    changed = LAYOUT_CHANGES[change](source)
    before = located(analyze_source(source, str(example)), source)
    after = located(analyze_source(changed, str(example)), changed)
    assert after == before


# --- suppression edits ---------------------------------------------------------------------

ODD_LINE_BREAKS = st.sampled_from(["\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])


def apply_edit(source: str, edit: Edit) -> str:
    """Apply an engine Edit, finding lines the way Python's tokenizer does."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    start = starts[edit.span.line] + edit.span.col
    end = starts[edit.span.end_line] + edit.span.end_col
    return source[:start] + edit.new_text + source[end:]


@settings(FUZZ, max_examples=20)
@given(
    original=st.sampled_from([p for p in RULE_EXAMPLES if p.stem.endswith("_bad")]),
    character=ODD_LINE_BREAKS,
    at=FRACTION,
)
def test_suppression_edit_silences_its_finding_despite_odd_line_breaks(
    original: Path, character: str, at: float
) -> None:
    """Form feeds (common between sections of old modules) and other characters that
    str.splitlines() treats as line ends must not shift the suppression comment."""
    lines = original.read_text().split("\n")
    where = int((len(lines) - 1) * at)
    lines.insert(where, f"# section{character}break" if character != "\x0c" else character)
    source = "\n".join(lines)
    before = analyze_source(source, str(original))
    assume(before.findings)
    finding = before.findings[0]
    edited = apply_edit(source, suppression_edit(source, finding.span.line, finding.code))
    after = analyze_source(edited, str(original))
    assert after.syntax_error is None
    remaining = [(f.code, f.span.line) for f in after.findings]
    assert (finding.code, finding.span.line) not in remaining
    assert len(remaining) == len(before.findings) - 1
