"""`picklecheck rule`: one rule's documentation by code or name, or all of them."""

from __future__ import annotations

import json

import pytest

from picklecheck.cli.main import main
from picklecheck.engine.rules import RULES


@pytest.mark.parametrize(
    "key", ["PKL006", "pkl006", "multiprocessing-primitive-outside-inheritance"]
)
def test_rule_by_code_or_name(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", key]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# PKL006: multiprocessing-primitive-outside-inheritance\n")
    assert "should only be shared between processes through inheritance" in out
    assert out.rstrip().endswith("docs/rules/PKL006.md")


def test_all_rules(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "--all"]) == 0
    out = capsys.readouterr().out
    assert [line[2:8] for line in out.splitlines() if line.startswith("# PKL")] == [
        r.code for r in RULES
    ]


def test_all_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "--all", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["code"], r["name"]) for r in listed] == [(r.code, r.name) for r in RULES]


@pytest.mark.parametrize(("args", "message"), [(["PKL999"], "unknown rule"), ([], "--all")])
def test_rule_usage_errors(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rule", *args]) == 2
    assert message in capsys.readouterr().err
