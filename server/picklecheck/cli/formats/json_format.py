"""The stable JSON output; its schema is docs/json-schema.json (bump SCHEMA_VERSION on change)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from picklecheck._version import __version__
from picklecheck.cli.formats.positions import one_based, start_method_names, version_text
from picklecheck.cli.results import CheckResult, FileResult
from picklecheck.engine.model import ChainStep, Finding, Span
from picklecheck.engine.rules import RULES_BY_CODE

SCHEMA_VERSION = 1


def _location(path: str, span: Span) -> dict[str, Any]:
    line, column, end_line, end_column = one_based(span)
    return {
        "file": path,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
    }


def _chain_step(step: ChainStep, path: str) -> dict[str, Any]:
    return {**_location(step.path or path, step.span), "note": step.note}


def finding_object(result: FileResult, index: int, finding: Finding) -> dict[str, Any]:
    rule = RULES_BY_CODE.get(finding.code)
    return {
        **_location(result.path, finding.span),
        "code": finding.code,
        "name": rule.name if rule else None,
        "severity": finding.severity.value,
        "message": finding.message,
        "runtime_error": finding.runtime_error,
        "start_methods": start_method_names(finding.start_methods),
        "since": version_text(finding.since),
        "sink": finding.sink,
        "docs_url": rule.docs_url if rule else None,
        "chain": [_chain_step(step, result.path) for step in finding.chain],
        "fixes": [asdict(fix) for fix in result.fixes_for(index)],
    }


def document(result: CheckResult) -> dict[str, Any]:
    found = result.findings()
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "picklecheck", "version": __version__},
        "summary": {
            "files": len(result.files),
            "findings": len(found),
            "fixable": result.fixable_counts()[0],
            "fixable_unsafe": result.fixable_counts()[1],
            "by_code": result.counts_by_code(),
        },
        "findings": [finding_object(r, i, f) for r, i, f in found],
        "not_checked": [{"file": path, "reason": why} for path, why in result.problems()],
        "statistics": asdict(result.statistics()),
    }


def render(result: CheckResult, statistics: bool) -> str:
    del statistics  # always included: cheap, and keeps the schema fixed
    return json.dumps(document(result), indent=2, ensure_ascii=False) + "\n"
