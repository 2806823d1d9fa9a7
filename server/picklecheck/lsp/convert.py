"""Engine model -> LSP types: positions in the negotiated encoding, findings as diagnostics.

The engine counts columns in code points; LSP clients count UTF-16 units unless they negotiated
UTF-8 or UTF-32. Every position crossing the boundary goes through this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types

from picklecheck.engine.model import Edit, Finding, Severity, Span
from picklecheck.engine.rules import resolve_rule

SOURCE = "picklecheck"
UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def _units(char: str, encoding: str) -> int:
    if encoding == UTF8:
        return len(char.encode("utf-8", "surrogatepass"))
    if encoding == UTF32:
        return 1
    return 2 if ord(char) > 0xFFFF else 1


def to_units(line_text: str, column: int, encoding: str) -> int:
    """Code-point column -> column in the client's units (columns past the end are kept)."""
    prefix = line_text[:column]
    overflow = max(0, column - len(line_text))
    if encoding == UTF32:
        return column
    return sum(_units(c, encoding) for c in prefix) + overflow


def to_code_points(line_text: str, units: int, encoding: str) -> int:
    """Column in the client's units -> code-point column (clamped to the line)."""
    if encoding == UTF32:
        return min(units, len(line_text))
    counted = 0
    for index, char in enumerate(line_text):
        if counted >= units:
            return index
        counted += _units(char, encoding)
    return len(line_text)


def _line(lines: Sequence[str], number: int) -> str:
    return lines[number] if 0 <= number < len(lines) else ""


def span_to_range(span: Span, lines: Sequence[str], encoding: str) -> types.Range:
    start = types.Position(span.line, to_units(_line(lines, span.line), span.col, encoding))
    end_text = _line(lines, span.end_line)
    end = types.Position(span.end_line, to_units(end_text, span.end_col, encoding))
    return types.Range(start=start, end=end)


def range_to_span(range_: types.Range, lines: Sequence[str], encoding: str) -> Span:
    start, end = range_.start, range_.end
    return Span(
        start.line,
        to_code_points(_line(lines, start.line), start.character, encoding),
        end.line,
        to_code_points(_line(lines, end.line), end.character, encoding),
    )


def split_lines(source: str) -> list[str]:
    """Lines as LSP counts them: split on \\n, \\r\\n and \\r only."""
    return source.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def text_edit(edit: Edit, lines: Sequence[str], encoding: str) -> types.TextEdit:
    return types.TextEdit(range=span_to_range(edit.span, lines, encoding), new_text=edit.new_text)


def diagnostic_severity(severity: Severity) -> types.DiagnosticSeverity:
    return _SEVERITIES[severity]


class DocumentContext:
    """What converting one document's findings needs: its text, uri, path and the encoding."""

    def __init__(self, uri: str, path: str | None, source: str, encoding: str) -> None:
        self.uri = uri
        self.path = path
        self.lines = split_lines(source)
        self.encoding = encoding
        self._other_files: dict[str, list[str]] = {}

    def location(self, span: Span, step_path: str | None) -> types.Location:
        if step_path is None or step_path == self.path or self.path is None:
            return types.Location(self.uri, span_to_range(span, self.lines, self.encoding))
        lines = self._lines_of(step_path)
        uri = Path(step_path).resolve().as_uri()
        return types.Location(uri, span_to_range(span, lines, self.encoding))

    def _lines_of(self, path: str) -> list[str]:
        """Another file of a cross-file chain, read once to convert its columns."""
        if path not in self._other_files:
            try:
                text = Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            self._other_files[path] = split_lines(text)
        return self._other_files[path]


def finding_to_diagnostic(
    finding: Finding, document: DocumentContext, version: int | None
) -> types.Diagnostic:
    rule = resolve_rule(finding.code)
    related = [
        types.DiagnosticRelatedInformation(
            location=document.location(step.span, step.path), message=step.note
        )
        for step in finding.chain
    ]
    return types.Diagnostic(
        range=span_to_range(finding.span, document.lines, document.encoding),
        message=finding.message,
        severity=diagnostic_severity(finding.severity),
        code=finding.code,
        code_description=types.CodeDescription(href=rule.docs_url) if rule else None,
        source=SOURCE,
        related_information=related or None,
        data=diagnostic_data(finding, version),
    )


def diagnostic_data(finding: Finding, version: int | None) -> dict[str, Any]:
    """What a code action needs later, as JSON: the finding's identity (code and span in
    code points) and the document version the diagnostic was computed on. The server computes
    the fixes for that finding when they are asked for."""
    span = finding.span
    return {
        "code": finding.code,
        "span": [span.line, span.col, span.end_line, span.end_col],
        "version": version,
    }
