"""One configuration model: every key from every source, validated alike, with one precedence.

defaults < pyproject `[tool.picklecheck]` < command line or editor settings. Every key replaces
the value below it except `ignore` (adds to what is ignored), `select` (starts afresh, dropping
lower ignores) and `severity` (merges per rule).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from picklecheck.cli.settings import ConfigResolver
from picklecheck.engine.config import (
    KEYS,
    Config,
    ConfigError,
    Layer,
    flags_layer,
    load_config,
    overlay,
    parse_layer,
)
from picklecheck.engine.model import Severity, StartMethod
from picklecheck.lsp.settings import apply_settings, parse_settings

# key -> (pyproject TOML text, editor JSON value, command-line values, the Config field,
#         value after pyproject alone, value after pyproject + command line or editor)
CASES: dict[str, tuple[str, Any, list[str] | str, str, Any, Any]] = {
    "target-version": ('"3.12"', "3.14", "3.14", "target_python", (3, 12), (3, 14)),
    "start-method": (
        '"fork"',
        "spawn",
        "spawn",
        "start_method",
        StartMethod.FORK,
        StartMethod.SPAWN,
    ),
    "platforms": ('["linux"]', ["windows"], ["windows"], "platforms", ("linux",), ("windows",)),
    "select": (
        '["PKL001", "PKL002"]',
        ["main-guard-definition-under-spawn"],
        ["PKL003"],
        "select",
        frozenset({"PKL001", "PKL002"}),
        frozenset({"PKL003"}),
    ),
    "ignore": (
        '["PKL005"]',
        ["lambda-crosses-process-boundary"],
        ["PKL001"],
        "ignore",
        frozenset({"PKL005"}),
        frozenset({"PKL001", "PKL005"}),
    ),
    "severity": (
        '{PKL002 = "info"}',
        {"PKL003": "warning"},
        [],  # no flag
        "severity",
        {"PKL002": Severity.INFO},
        {"PKL002": Severity.INFO, "PKL003": Severity.WARNING},
    ),
    "shared-data-min-items": ("5000", 200, [], "shared_data_min_items", 5000, 200),
}
FLAG = {"platforms": "platform"}


def test_every_key_has_a_case() -> None:
    assert set(CASES) == {key.toml for key in KEYS}


def _pyproject(tmp_path: Path, key: str, toml_value: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[tool.picklecheck]\n{key} = {toml_value}\n")
    program = tmp_path / "main.py"
    program.write_text("print('hi')\n")
    return program


@pytest.mark.parametrize("key", sorted(CASES))
def test_pyproject_sets_each_key(tmp_path: Path, key: str) -> None:
    toml_value, _, _, attribute, from_file, _ = CASES[key]
    program = _pyproject(tmp_path, key, toml_value)
    assert getattr(load_config(program.parent), attribute) == from_file
    assert getattr(ConfigResolver().for_file(program), attribute) == from_file


@pytest.mark.parametrize("key", sorted(CASES))
def test_editor_settings_overlay_pyproject(tmp_path: Path, key: str) -> None:
    toml_value, editor_value, _, attribute, _, combined = CASES[key]
    program = _pyproject(tmp_path, key, toml_value)
    editor_name = next(k.editor for k in KEYS if k.toml == key)
    parsed = parse_settings({editor_name: editor_value})
    assert parsed.problems == []
    config = apply_settings(parsed.settings, load_config(program.parent))
    assert getattr(config, attribute) == combined


@pytest.mark.parametrize("key", sorted(k for k in CASES if CASES[k][2]))
def test_command_line_overlays_pyproject(tmp_path: Path, key: str) -> None:
    toml_value, _, flag_values, attribute, _, combined = CASES[key]
    program = _pyproject(tmp_path, key, toml_value)
    flags = flags_layer({FLAG.get(key, key): (key, flag_values)})
    assert getattr(ConfigResolver(flags=flags).for_file(program), attribute) == combined


def test_unset_editor_values_leave_pyproject_alone(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.picklecheck]\nstart-method = "spawn"\nplatforms = ["macos"]\n'
        'target-version = "3.13"\nshared-data-min-items = 7\n'
    )
    project = load_config(tmp_path)
    editor_defaults = {
        "targetVersion": "",
        "startMethod": "auto",
        "platforms": ["linux", "macos", "windows"],
        "select": [],
        "ignore": [],
        "severity": {},
        "sharedDataMinItems": 0,
    }
    assert apply_settings(parse_settings(editor_defaults).settings, project) == project


def test_select_in_a_higher_layer_starts_afresh() -> None:
    project = Layer(ignore=frozenset({"PKL001"}))
    chosen = Layer(select=frozenset({"PKL001", "PKL002"}))
    config = overlay(Config(), project, chosen)
    assert config.rule_enabled("PKL001") and config.rule_enabled("PKL002")
    assert not config.rule_enabled("PKL003")
    both = overlay(Config(), chosen, Layer(ignore=frozenset({"PKL002"})))
    assert both.rule_enabled("PKL001") and not both.rule_enabled("PKL002")


def test_auto_start_method_on_the_command_line_overrides_pyproject(tmp_path: Path) -> None:
    program = _pyproject(tmp_path, "start-method", '"spawn"')
    flags = flags_layer({"start-method": ("start-method", "auto")})
    assert ConfigResolver(flags=flags).for_file(program).start_method is None


WRONG = [
    ("target-version", "3.12", "must be a string like '3.12'"),
    ("target-version", '"312"', "must look like '3.12'"),
    ("start-method", '"thread"', "must be fork, spawn, forkserver or auto"),
    ("platforms", '["beos"]', "unknown platforms"),
    ("platforms", '"linux"', "expected a list of strings"),
    ("select", "5", "expected a list of strings"),
    ("select", '["PKL999"]', "unknown rule 'PKL999'"),
    ("ignore", "true", "expected a list of strings"),
    ("severity", '"x"', "expected a table"),
    ("severity", '{PKL001 = "fatal"}', "must be error, warning or info"),
    ("severity", '{nope = "info"}', "unknown rule 'nope'"),
    ("shared-data-min-items", "0", "must be a positive integer"),
    ("shared-data-min-items", "true", "must be a positive integer"),
    ("colour", '"red"', "unknown key"),
]


@pytest.mark.parametrize(("key", "toml_value", "message"), WRONG)
def test_wrong_pyproject_values_are_configuration_errors(
    tmp_path: Path, key: str, toml_value: str, message: str
) -> None:
    program = _pyproject(tmp_path, key, toml_value)
    with pytest.raises(ConfigError, match=r"pyproject\.toml") as raised:
        load_config(program.parent)
    assert message in str(raised.value)
    assert key in str(raised.value)


# 0 items is the editor's "not set"; unknown keys are the client's own (e.g. trace.server).
EDITOR_WRONG = [case for case in WRONG if case[1] != "0" and case[0] != "colour"]


@pytest.mark.parametrize(("key", "toml_value", "message"), EDITOR_WRONG)
def test_the_editor_reports_the_same_problems_and_keeps_the_rest(
    key: str, toml_value: str, message: str
) -> None:
    import tomllib

    value = tomllib.loads(f"v = {toml_value}")["v"]
    editor_name = next(k.editor for k in KEYS if k.toml == key)
    other, other_value = ("platforms", ["macos"])
    if editor_name == other:
        other, other_value = ("startMethod", "fork")
    parsed = parse_settings({editor_name: value, other: other_value})
    assert len(parsed.problems) == 1
    assert parsed.problems[0].startswith(f"picklecheck.{editor_name}")
    assert message in parsed.problems[0]
    kept = parse_settings({other: other_value}).settings
    assert parsed.settings == kept


@pytest.mark.parametrize(
    "text", ["tool = 1\n", "[tool]\npicklecheck = 3\n", "[tool.picklecheck\n", "\x00"]
)
def test_malformed_tables_are_configuration_errors(tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(ConfigError, match=r"pyproject\.toml"):
        load_config(tmp_path)


def test_layers_parse_the_same_from_both_spellings() -> None:
    toml_layer, toml_problems = parse_layer(
        {"target_version": "3.13", "shared-data-min-items": 9, "start-method": "spawn"}, "toml"
    )
    editor_layer, editor_problems = parse_layer(
        {"targetVersion": "3.13", "sharedDataMinItems": 9, "startMethod": "spawn"}, "editor"
    )
    assert toml_problems == editor_problems == []
    assert toml_layer == editor_layer
