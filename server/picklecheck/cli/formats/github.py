"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from picklecheck.cli.formats.positions import one_based
from picklecheck.cli.results import CheckResult
from picklecheck.engine.model import Finding, Severity
from picklecheck.engine.rules import RULES_BY_CODE

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation(path: str, finding: Finding) -> str:
    line, col, end_line, end_col = one_based(finding.span)
    rule = RULES_BY_CODE.get(finding.code)
    title = f"{finding.code} {rule.name}" if rule else finding.code
    properties = {
        "file": path,
        "line": str(line),
        "col": str(col),
        "endLine": str(end_line),
        "endColumn": str(end_col),
        "title": title,
    }
    joined = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {joined}::{_escape_data(finding.message)}"


def render(result: CheckResult, statistics: bool) -> str:
    del statistics
    lines = [_annotation(file.path, finding) for file, _, finding in result.findings()]
    lines += [
        f"::warning file={_escape_property(path)}::{_escape_data('not checked: ' + why)}"
        for path, why in result.problems()
    ]
    return "".join(line + "\n" for line in lines)
