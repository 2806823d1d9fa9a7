"""The `picklecheck` settings section: parsed from the client's JSON, turned into engine Config.

Names match the root package.json `contributes.configuration` (a test checks it). An empty value
means "not set here": pyproject's `[tool.picklecheck]` then decides, then the interpreter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from picklecheck.engine.config import KEYS, Config, Layer, overlay, parse_layer

SECTION = "picklecheck"
# The server's own settings, then the engine's (engine/config.py KEYS).
OWN_SETTINGS = ("enable", "interpreter", "checkWorkspaceOnStartMaxFiles", "useResultCache")
SETTING_NAMES = (*OWN_SETTINGS, *(key.editor for key in KEYS))

# The editor always sends every setting; these values mean "not set here" (pyproject decides).
_UNSET: dict[str, object] = {
    "targetVersion": "",
    "startMethod": "auto",
    "platforms": ["linux", "macos", "windows"],
    "select": [],
    "ignore": [],
    "severity": {},
    "sharedDataMinItems": 0,
}


@dataclass(frozen=True)
class Settings:
    """The editor's settings: the server's own, and the engine layer (engine.config)."""

    enable: bool = True
    interpreter: str = ""
    check_workspace_on_start_max_files: int = 100  # 0: only files the editor opens
    use_result_cache: bool = True  # answer an unchanged file from the on-disk result cache
    layer: Layer = field(default_factory=Layer)
    # What the client sent, resent as is when a later workspace/configuration request fails.
    raw: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class ParsedSettings:
    settings: Settings
    problems: list[str]


def parse_settings(raw: object) -> ParsedSettings:
    """Read the client's JSON; a wrong value is dropped (left unset) and reported."""
    problems: list[str] = []
    if not isinstance(raw, dict):
        if raw is not None:
            problems.append(f"settings must be an object, got {type(raw).__name__}")
        return ParsedSettings(Settings(), problems)
    own: dict[str, Any] = {}
    for name, (field_name, check) in _OWN_PARSERS.items():
        if raw.get(name) is not None:
            try:
                own[field_name] = check(raw[name])
            except TypeError as exc:
                problems.append(f"picklecheck.{name}: {exc}")
    engine_keys = {key.editor for key in KEYS}
    table = {
        name: value
        for name, value in raw.items()
        if name in engine_keys and value is not None and value != _UNSET.get(name)
    }
    layer, layer_problems = parse_layer(table, "editor", prefix="picklecheck.")
    problems.extend(layer_problems)
    return ParsedSettings(Settings(**own, layer=layer, raw=dict(raw)), problems)


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {value!r}")
    return value


def _string(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value.strip()


def _file_count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"expected a whole number of files (0 for none), got {value!r}")
    return value


_OWN_PARSERS: dict[str, tuple[str, Callable[[object], Any]]] = {
    "enable": ("enable", _bool),
    "interpreter": ("interpreter", _string),
    "checkWorkspaceOnStartMaxFiles": ("check_workspace_on_start_max_files", _file_count),
    "useResultCache": ("use_result_cache", _bool),
}
assert tuple(_OWN_PARSERS) == OWN_SETTINGS


def apply_settings(settings: Settings, project: Config) -> Config:
    """Editor settings win over pyproject where they are set (engine.config.overlay)."""
    return overlay(project, settings.layer)
