"""Engine configuration: target Python, assumed start method and platforms, rule selection.

Loaded from `[tool.picklecheck]` in pyproject.toml; CLI flags and editor settings override it.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from picklecheck.engine.model import Severity, StartMethod

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


def parse_version(text: str) -> tuple[int, int]:
    parts = text.strip().split(".")
    if len(parts) < 2 or not all(p.isdigit() for p in parts[:2]):
        raise ConfigError(f"target-version must look like '3.12', got {text!r}")
    return int(parts[0]), int(parts[1])


def parse_start_method(text: str | None) -> StartMethod | None:
    if text in (None, "", "auto", "unknown"):
        return None
    try:
        return StartMethod(text)
    except ValueError:
        raise ConfigError(
            f"start-method must be fork, spawn, forkserver or auto, got {text!r}"
        ) from None


_KEYS = frozenset(
    {
        "target_version",
        "start_method",
        "platforms",
        "select",
        "ignore",
        "severity",
        "shared_data_min_items",
    }
)


def config_from_mapping(table: dict[str, Any], base: Config | None = None) -> Config:
    """Build a Config from a `[tool.picklecheck]`-shaped mapping (kebab- or snake-case keys)."""
    cfg = base or Config()
    norm = {k.replace("-", "_"): v for k, v in table.items()}
    unknown_keys = sorted(set(norm) - _KEYS)
    if unknown_keys:
        known = ", ".join(sorted(k.replace("_", "-") for k in _KEYS))
        raise ConfigError(f"unknown [tool.picklecheck] keys {unknown_keys}; known keys: {known}")
    changes: dict[str, Any] = {}
    if "target_version" in norm:
        changes["target_python"] = parse_version(str(norm["target_version"]))
    if "start_method" in norm:
        changes["start_method"] = parse_start_method(norm["start_method"])
    if "platforms" in norm:
        platforms = _strings("platforms", norm["platforms"])
        unknown = [p for p in platforms if p not in PLATFORMS]
        if unknown:
            raise ConfigError(f"unknown platforms {unknown}; choose from {list(PLATFORMS)}")
        changes["platforms"] = platforms
    if "select" in norm:
        changes["select"] = frozenset(_strings("select", norm["select"]))
    if "ignore" in norm:
        changes["ignore"] = frozenset(_strings("ignore", norm["ignore"]))
    if "severity" in norm:
        if not isinstance(norm["severity"], dict):
            raise ConfigError(f"severity must be a table of rule = level, got {norm['severity']!r}")
        try:
            changes["severity"] = {str(k): Severity(str(v)) for k, v in norm["severity"].items()}
        except ValueError as exc:
            raise ConfigError(f"severity: {exc}") from None
    if "shared_data_min_items" in norm:
        changes["shared_data_min_items"] = _positive_int(
            "shared-data-min-items", norm["shared_data_min_items"]
        )
    return replace(cfg, **changes)


def _strings(key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{key} must be a list of strings, got {value!r}")
    return tuple(value)


def picklecheck_table(data: dict[str, Any], source: Path) -> dict[str, Any]:
    """`[tool.picklecheck]` of a parsed pyproject.toml ({} when absent)."""
    tool = data.get("tool", {})
    table = tool.get("picklecheck", {}) if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [tool.picklecheck] must be a table")
    return table


def _positive_int(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{key} must be a positive integer, got {value!r}")
    return value


def find_pyproject(start: Path) -> Path | None:
    for folder in [start, *start.parents] if start.is_dir() else start.parents:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path, base: Config | None = None) -> Config:
    """The Config of the nearest pyproject.toml at or above `start` (defaults if none)."""
    pyproject = find_pyproject(start)
    if pyproject is None:
        return base or Config()
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{pyproject}: {exc}") from None
    return config_from_mapping(picklecheck_table(data, pyproject), base)
