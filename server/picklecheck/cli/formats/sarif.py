"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Follows GitHub's documented subset: rules carry helpUri and help text, results carry a
physical location, relatedLocations for the why-chain and partialFingerprints that survive
lines moving (they hash the rule, file, message and occurrence, not the line number).
"""

from __future__ import annotations

import hashlib
import json
import urllib.parse
from pathlib import Path
from typing import Any

from picklecheck._version import __version__
from picklecheck.cli.formats.positions import one_based, start_method_names
from picklecheck.cli.results import CheckResult, FileResult
from picklecheck.engine.model import Finding, Severity, Span
from picklecheck.engine.rules import RULES, Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/picklecheck/picklecheck"
SOURCE_ROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what},
        "help": {
            "text": f"{rule.why}\n\nFix: {rule.fix}",
            "markdown": f"{rule.why}\n\n**Fix:** {rule.fix}\n\n[Documentation]({rule.docs_url})",
        },
        "helpUri": rule.docs_url,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["correctness", "multiprocessing", "pickle"], "precision": "high"},
    }


def _artifact(path: str) -> dict[str, Any]:
    """SARIF locations are URI references: a space, `#`, `%` or a non-ASCII letter in a path is
    percent-encoded, as in `Path.as_uri()` for absolute paths."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": urllib.parse.quote(path), "uriBaseId": SOURCE_ROOT}


def _physical(path: str, span: Span) -> dict[str, Any]:
    line, column, end_line, end_column = one_based(span)
    region = {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
    }
    return {"physicalLocation": {"artifactLocation": _artifact(path), "region": region}}


def _fingerprint(finding: Finding, path: str, occurrence: int) -> str:
    key = "\0".join((path, finding.code, finding.message, str(occurrence)))
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _result(
    file_result: FileResult, finding: Finding, rule_index: dict[str, int], occurrence: int
) -> dict[str, Any]:
    path = file_result.path
    related = [
        {"id": n, **_physical(step.path or path, step.span), "message": {"text": step.note}}
        for n, step in enumerate(finding.chain, start=1)
    ]
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": f"{finding.message} ({finding.runtime_error})"},
        "locations": [_physical(path, finding.span)],
        "partialFingerprints": {"picklecheckFinding/v1": _fingerprint(finding, path, occurrence)},
        "properties": {"startMethods": start_method_names(finding.start_methods)},
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    if related:
        result["relatedLocations"] = related
    return result


def document(result: CheckResult) -> dict[str, Any]:
    rule_index = {rule.code: index for index, rule in enumerate(RULES)}
    seen: dict[tuple[str, str, str], int] = {}
    results = []
    for file_result, _, finding in result.findings():
        key = (file_result.path, finding.code, finding.message)
        seen[key] = seen.get(key, -1) + 1
        results.append(_result(file_result, finding, rule_index, seen[key]))
    notifications = [
        {
            "level": "warning",
            "message": {"text": f"not checked: {why}"},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(path)}}],
        }
        for path, why in result.problems()
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "picklecheck",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule_descriptor(rule) for rule in RULES],
            }
        },
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(result: CheckResult, statistics: bool) -> str:
    del statistics
    return json.dumps(document(result), indent=2, ensure_ascii=False) + "\n"
