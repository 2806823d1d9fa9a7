"""The server's settings model is the one package.json declares (names, defaults, enums)."""

from __future__ import annotations

import json

from tests.lsp.harness import REPO

from picklecheck.engine.config import Config
from picklecheck.engine.model import Severity, StartMethod
from picklecheck.lsp.settings import SETTING_NAMES, Settings, apply_settings, parse_settings


def test_settings_model_matches_package_json() -> None:
    manifest = json.loads((REPO / "package.json").read_text())
    properties = manifest["contributes"]["configuration"]["properties"]
    declared = {
        key.removeprefix("picklecheck.")
        for key in properties
        if key.startswith("picklecheck.") and not key.startswith("picklecheck.trace.")
    }
    assert declared == set(SETTING_NAMES)
    defaults = {name: properties[f"picklecheck.{name}"]["default"] for name in SETTING_NAMES}
    assert parse_settings(defaults).problems == []
    assert parse_settings(defaults).settings == Settings()


def test_every_enum_value_in_package_json_is_accepted() -> None:
    manifest = json.loads((REPO / "package.json").read_text())
    properties = manifest["contributes"]["configuration"]["properties"]
    for method in properties["picklecheck.startMethod"]["enum"]:
        assert parse_settings({"startMethod": method}).problems == []
    platforms = properties["picklecheck.platforms"]["items"]["enum"]
    assert parse_settings({"platforms": platforms}).problems == []
    levels = properties["picklecheck.severity"]["additionalProperties"]["enum"]
    for level in levels:
        assert parse_settings({"severity": {"PKL001": level}}).problems == []


def test_wrong_values_are_dropped_with_a_message_naming_the_setting() -> None:
    parsed = parse_settings(
        {"enable": "yes", "select": ["PKL999"], "targetVersion": "three", "platforms": ["beos"]}
    )
    assert parsed.settings == Settings()
    named = sorted(problem.split(":")[0] for problem in parsed.problems)
    assert named == [
        "picklecheck.enable",
        "picklecheck.platforms",
        "picklecheck.select",
        "picklecheck.targetVersion",
    ]


def test_editor_settings_override_pyproject_only_where_set() -> None:
    project = Config(
        target_python=(3, 12), ignore=frozenset({"PKL005"}), severity={"PKL002": Severity.INFO}
    )
    unset = apply_settings(Settings(), project)
    assert unset == project
    settings = parse_settings(
        {"startMethod": "spawn", "ignore": ["PKL001"], "severity": {"PKL003": "warning"}}
    ).settings
    config = apply_settings(settings, project)
    assert config.target_python == (3, 12)
    assert config.start_method is StartMethod.SPAWN
    assert config.ignore == {"PKL001", "PKL005"}
    assert config.severity == {"PKL002": Severity.INFO, "PKL003": Severity.WARNING}


def test_shared_data_threshold_from_the_editor_wins_over_pyproject() -> None:
    project = Config(shared_data_min_items=5000)
    assert apply_settings(Settings(), project).shared_data_min_items == 5000
    chosen = parse_settings({"sharedDataMinItems": 200}).settings
    assert apply_settings(chosen, project).shared_data_min_items == 200
    for wrong in (-1, 2.5, True, "100"):
        parsed = parse_settings({"sharedDataMinItems": wrong})
        assert parsed.settings == Settings()
        assert parsed.problems[0].startswith("picklecheck.sharedDataMinItems")
