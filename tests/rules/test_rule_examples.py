"""Every rule's documented examples: the pages are current, the programs really behave as
their headers say under each start method, and the engine flags exactly the bad ones."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from tests.runtime.runner import parse_header, run_program

from picklecheck.cli.rule_doc import METHODS, parse_example
from picklecheck.engine import Config, StartMethod, analyze_source
from picklecheck.engine.rules import RULES, Severity

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "docs" / "rule_examples"
TIMEOUT_SECONDS = 30
CODES = [rule.code for rule in RULES]
EXAMPLE_FILES = sorted(EXAMPLES.glob("PKL*_*.py"))


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_rule_docs", REPO / "scripts/gen_rule_docs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_rule_pages_are_up_to_date() -> None:
    stale = load_generator().stale_pages()
    assert stale == [], "run: python scripts/gen_rule_docs.py"


@pytest.mark.parametrize("code", CODES)
def test_every_rule_has_a_bad_and_a_good_example(code: str) -> None:
    bad = parse_example((EXAMPLES / f"{code}_bad.py").read_text(encoding="utf-8"))
    good = parse_example((EXAMPLES / f"{code}_good.py").read_text(encoding="utf-8"))
    assert set(bad.outcomes) == set(good.outcomes) == set(METHODS)
    assert set(good.outcomes.values()) == {"ok"}
    if next(r for r in RULES if r.code == code).severity is not Severity.INFO:
        assert "error" in bad.outcomes.values()
        assert bad.error_contains, "a failing example names the error it shows"


def test_the_examples_cover_exactly_the_rules() -> None:
    assert sorted({p.name.split("_")[0] for p in EXAMPLE_FILES}) == CODES
    assert len(EXAMPLE_FILES) == 2 * len(CODES)


@pytest.mark.runtime
@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_behaves_as_its_header_says(path: Path, method: str) -> None:
    header = parse_header(path)  # the corpus format: also validates the header
    assert header.labels == parse_example(path.read_text(encoding="utf-8")).outcomes
    result = run_program(path, method, timeout=TIMEOUT_SECONDS)
    output = result.stdout + result.stderr
    assert result.outcome == header.labels[method], output
    if result.outcome == "error":
        assert header.error_contains is not None and header.error_contains in output


@pytest.mark.parametrize("code", CODES)
def test_engine_flags_the_bad_example_and_not_the_good_one(code: str) -> None:
    bad = (EXAMPLES / f"{code}_bad.py").read_text(encoding="utf-8")
    good = (EXAMPLES / f"{code}_good.py").read_text(encoding="utf-8")
    assert code in {f.code for f in analyze_source(bad, f"{code}_bad.py").findings}
    assert analyze_source(good, f"{code}_good.py").findings == []


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("code", CODES)
def test_engine_predicts_the_start_methods_that_fail(code: str, method: str) -> None:
    path = EXAMPLES / f"{code}_bad.py"
    source = path.read_text(encoding="utf-8")
    expected = parse_example(source).outcomes[method] != "ok"
    config = Config(start_method=StartMethod(method))
    findings = analyze_source(source, path.name, config).findings
    failing = [f for f in findings if f.severity is not Severity.INFO and f.code == code]
    assert bool(failing) == expected


def test_readme_rule_table_matches_the_registry() -> None:
    """The README's table is written by hand; every row must say what the registry says."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| [PKL")]
    expected = [
        f"| [{rule.code}](docs/rules/{rule.code}.md) | `{rule.name}` | {rule.severity.value} | "
        f"{rule.summary} |"
        for rule in RULES
    ]
    assert rows == expected


def test_every_rule_object_is_named_by_its_code_and_registered() -> None:
    from picklecheck.engine import rules

    named = {name: value for name, value in vars(rules).items() if isinstance(value, rules.Rule)}
    assert all(value.code == name for name, value in named.items())
    assert sorted(named.values(), key=lambda rule: rule.code) == list(RULES)
