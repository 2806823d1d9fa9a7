"""Engine configuration: target Python, assumed start method and platforms, rule selection.

One settings model (`Config`), one partial layer per source (`Layer`: pyproject's
`[tool.picklecheck]`, command-line flags, editor settings), one validator per key shared by every
source, and one overlay function. Precedence: defaults < pyproject < command line or editor.
Every key replaces the value below it, except the rule selection, which follows ruff: a layer's
`select` starts the selection afresh (dropping lower layers' `ignore`), a layer's `ignore` removes
rules from what is selected so far, and `severity` merges per rule.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from picklecheck.engine.model import Severity, StartMethod
from picklecheck.engine.rules import resolve_rule

PLATFORMS = ("linux", "macos", "windows")


def default_start_method(platform: str, version: tuple[int, int]) -> StartMethod:
    """The start method multiprocessing picks when the program does not choose one."""
    if platform == "linux":
        # gh-84559: forkserver became the POSIX default (except macOS) in 3.14.
        return StartMethod.FORKSERVER if version >= (3, 14) else StartMethod.FORK
    return StartMethod.SPAWN  # Windows always; macOS since 3.8 (bpo-33725)


@dataclass(frozen=True)
class Config:
    target_python: tuple[int, int] = (sys.version_info.major, sys.version_info.minor)
    start_method: StartMethod | None = None  # None: unknown, reason about platforms
    platforms: tuple[str, ...] = PLATFORMS
    select: frozenset[str] | None = None  # None: every rule
    ignore: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    file_budget_seconds: float = 2.0
    inference_steps: int = 2000
    # Building an astroid tree runs at roughly 15k lines/s and cannot be interrupted, so files
    # beyond this size are left unknown (counted as budget_exceeded) instead of blowing the budget.
    max_lines: int = 20_000
    # PKL013: a list of numbers sent with every task is reported from this many items on.
    shared_data_min_items: int = 1000
    # Asked during analysis; True stops it early (an editor cancels superseded analyses).
    cancelled: Callable[[], bool] | None = field(default=None, compare=False)

    def possible_start_methods(self) -> frozenset[StartMethod]:
        """Start methods a program that does not choose one may run under."""
        if self.start_method is not None:
            return frozenset({self.start_method})
        return frozenset(default_start_method(p, self.target_python) for p in self.platforms)

    def platforms_failing(self, failing: frozenset[StartMethod]) -> list[str]:
        """The platforms whose default start method is one of `failing`."""
        return [p for p in self.platforms if default_start_method(p, self.target_python) in failing]

    def rule_enabled(self, code: str) -> bool:
        if code in self.ignore:
            return False
        return self.select is None or code in self.select

    def with_overrides(self, **changes: Any) -> Config:
        return replace(self, **changes)


class ConfigError(ValueError):
    """Invalid configuration value; the message says which key and why."""


# -- one validator per key, shared by every source ------------------------------------------------


def parse_version(value: object) -> tuple[int, int]:
    if not isinstance(value, str):  # a TOML float would turn 3.10 into 3.1
        raise ConfigError(f"must be a string like '3.12', got {value!r}")
    text = value
    parts = text.strip().split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        raise ConfigError(f"must look like '3.12', got {text!r}")
    return int(parts[0]), int(parts[1])


AUTO: Literal["auto"] = "auto"


def parse_start_method(value: object) -> StartMethod | Literal["auto"]:
    """A start method, or AUTO: explicitly unknown (the platforms' defaults are reasoned about)."""
    text = _text(value).strip()
    if text in ("", "auto", "unknown"):
        return AUTO
    try:
        return StartMethod(text)
    except ValueError:
        raise ConfigError(f"must be fork, spawn, forkserver or auto, got {text!r}") from None


def parse_platforms(value: object) -> tuple[str, ...]:
    platforms = tuple(item.strip() for item in _strings(value))
    unknown = [p for p in platforms if p not in PLATFORMS]
    if unknown:
        raise ConfigError(f"unknown platforms {unknown}; choose from {list(PLATFORMS)}")
    return platforms


def parse_rules(value: object) -> frozenset[str]:
    """Rule codes or names -> codes."""
    codes: set[str] = set()
    for name in _strings(value):
        found = resolve_rule(name.strip())
        if found is None:
            raise ConfigError(f"unknown rule {name!r} (see `picklecheck rule --all`)")
        codes.add(found.code)
    return frozenset(codes)


def parse_severity(value: object) -> dict[str, Severity]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"expected a table like {{PKL005 = 'warning'}}, got {value!r}")
    levels: dict[str, Severity] = {}
    for name, level in value.items():
        found = resolve_rule(str(name))
        if found is None:
            raise ConfigError(f"unknown rule {name!r}")
        try:
            levels[found.code] = Severity(level)
        except ValueError:
            raise ConfigError(f"{name}: must be error, warning or info, got {level!r}") from None
    return levels


def parse_positive_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"must be a positive integer, got {value!r}")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ConfigError(f"expected a string, got {value!r}")
    return value


def _strings(value: object) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"expected a list of strings, got {value!r}")
    return list(value)


# -- layers ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layer:
    """The settings one source sets, already parsed; None means "not set here"."""

    target_python: tuple[int, int] | None = None
    start_method: StartMethod | Literal["auto"] | None = None
    platforms: tuple[str, ...] | None = None
    select: frozenset[str] | None = None
    ignore: frozenset[str] | None = None
    severity: dict[str, Severity] | None = None
    shared_data_min_items: int | None = None


@dataclass(frozen=True)
class Key:
    """One configuration key: its spelling in each source and its validator."""

    field: str  # the Layer field
    toml: str  # pyproject and command line spelling
    editor: str  # VS Code settings spelling (`picklecheck.<editor>`)
    parse: Callable[[object], Any]


KEYS: tuple[Key, ...] = (
    Key("target_python", "target-version", "targetVersion", parse_version),
    Key("start_method", "start-method", "startMethod", parse_start_method),
    Key("platforms", "platforms", "platforms", parse_platforms),
    Key("select", "select", "select", parse_rules),
    Key("ignore", "ignore", "ignore", parse_rules),
    Key("severity", "severity", "severity", parse_severity),
    Key("shared_data_min_items", "shared-data-min-items", "sharedDataMinItems", parse_positive_int),
)
assert {key.field for key in KEYS} == {f.name for f in fields(Layer)}

Spelling = Literal["toml", "editor"]


def parse_layer(
    table: Mapping[str, object], spelling: Spelling, prefix: str = ""
) -> tuple[Layer, list[str]]:
    """Validate every key of `table`; a wrong value is left unset and named in the problems.

    `spelling` "toml" accepts kebab- and snake-case keys (pyproject, --config files, flags);
    "editor" accepts the camelCase names of the VS Code settings. Unknown keys are problems."""
    by_name = {_spelled(key, spelling): key for key in KEYS}
    changes: dict[str, Any] = {}
    problems: list[str] = []
    for raw_name, value in table.items():
        name = str(raw_name).replace("_", "-") if spelling == "toml" else str(raw_name)
        key = by_name.get(name)
        if key is None:
            known = ", ".join(sorted(by_name))
            problems.append(f"{prefix}{raw_name}: unknown key; known keys: {known}")
            continue
        try:
            changes[key.field] = key.parse(value)
        except ConfigError as exc:
            problems.append(f"{prefix}{name}: {exc}")
    return Layer(**changes), problems


def strict_layer(table: Mapping[str, object], spelling: Spelling, prefix: str = "") -> Layer:
    """`parse_layer` for sources where a wrong value is a usage error (pyproject, flags)."""
    layer, problems = parse_layer(table, spelling, prefix)
    if problems:
        raise ConfigError("; ".join(problems))
    return layer


def _spelled(key: Key, spelling: Spelling) -> str:
    return key.toml if spelling == "toml" else key.editor


def overlay(config: Config, *layers: Layer) -> Config:
    """Apply `layers` in order, each over the result of the ones before."""
    for layer in layers:
        config = _apply(config, layer)
    return config


def _apply(config: Config, layer: Layer) -> Config:
    changes: dict[str, Any] = {}
    if layer.target_python is not None:
        changes["target_python"] = layer.target_python
    if layer.start_method is not None:
        changes["start_method"] = None if layer.start_method == AUTO else layer.start_method
    if layer.platforms is not None:
        changes["platforms"] = layer.platforms
    ignore = config.ignore
    if layer.select is not None:
        changes["select"] = layer.select
        ignore = frozenset()
    if layer.ignore is not None:
        ignore = ignore | layer.ignore
    changes["ignore"] = ignore
    if layer.severity is not None:
        changes["severity"] = {**config.severity, **layer.severity}
    if layer.shared_data_min_items is not None:
        changes["shared_data_min_items"] = layer.shared_data_min_items
    return replace(config, **changes)


def config_from_mapping(table: Mapping[str, object], base: Config | None = None) -> Config:
    """A Config from a `[tool.picklecheck]`-shaped mapping over `base`; raises ConfigError."""
    return overlay(base or Config(), strict_layer(table, "toml"))


# -- pyproject.toml -------------------------------------------------------------------------------


def find_pyproject(start: Path) -> Path | None:
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def read_table(path: Path, bare_allowed: bool = False) -> Mapping[str, object]:
    """The `[tool.picklecheck]` table of a TOML file ({} if absent). With `bare_allowed`, a file
    without a `tool` table is itself the table (`--config picklecheck.toml`)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if bare_allowed and "tool" not in data:
        return data
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: `tool` must be a table, got {tool!r}")
    table = tool.get("picklecheck", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.picklecheck] must be a table, got {table!r}")
    return table


def file_layer(path: Path, bare_allowed: bool = False) -> Layer:
    """The validated layer of one TOML file; a wrong key or value raises ConfigError."""
    table = read_table(path, bare_allowed)  # its errors already name the file
    try:
        return strict_layer(table, "toml")
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def project_layer(start: Path) -> Layer:
    """The layer of the nearest pyproject.toml at or above `start` (empty if none)."""
    pyproject = find_pyproject(start)
    return Layer() if pyproject is None else file_layer(pyproject)


def load_config(start: Path, base: Config | None = None) -> Config:
    """The Config of the nearest pyproject.toml at or above `start`, over `base`."""
    return overlay(base or Config(), project_layer(start))


def flags_layer(flags: Mapping[str, tuple[str, Iterable[str] | str | None]]) -> Layer:
    """Command-line flags as a layer: {flag: (key, value)}, e.g. {"platform": ("platforms",
    ["linux,macos"])}; repeated and comma-separated values are joined, absent flags are unset."""
    layers: list[Layer] = []
    for flag, (key, value) in flags.items():
        if value is None or (not isinstance(value, str) and not value):
            continue
        parsed = value if isinstance(value, str) else _split(value)
        layer, problems = parse_layer({key: parsed}, "toml")
        if problems:
            raise ConfigError(f"--{flag}: {problems[0].split(': ', 1)[1]}")
        layers.append(layer)
    return _merged(layers)


def _merged(layers: Iterable[Layer]) -> Layer:
    """Layers that set disjoint keys, as one."""
    changes: dict[str, Any] = {}
    for layer in layers:
        changes.update(
            {f.name: v for f in fields(layer) if (v := getattr(layer, f.name)) is not None}
        )
    return Layer(**changes)


def _split(values: Iterable[str]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]
