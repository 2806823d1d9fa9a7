"""Turn command-line flags and pyproject `[tool.picklecheck]` tables into engine Configs.

Without `--config`, every file gets the table of its nearest pyproject.toml (like ruff's
hierarchical configuration); flags given on the command line override it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from picklecheck.engine.config import (
    PLATFORMS,
    Config,
    ConfigError,
    config_from_mapping,
    load_config,
    parse_start_method,
    parse_version,
    picklecheck_table,
)
from picklecheck.engine.rules import resolve_rule


def split_list(values: Iterable[str] | None) -> list[str]:
    """`--select A,B --select C` -> [A, B, C]."""
    return [item.strip() for value in values or () for item in value.split(",") if item.strip()]


def rule_codes(names: Iterable[str], option: str) -> frozenset[str]:
    codes = set()
    for name in names:
        found = resolve_rule(name)
        if found is None:
            raise ConfigError(f"{option}: unknown rule {name!r} (see `picklecheck rule --all`)")
        codes.add(found.code)
    return frozenset(codes)


def normalise_rules(config: Config) -> Config:
    """Accept rule names as well as codes in select/ignore, wherever they came from."""
    select = None if config.select is None else rule_codes(config.select, "select")
    return replace(config, select=select, ignore=rule_codes(config.ignore, "ignore"))


def flag_overrides(
    target_version: str | None,
    start_method: str | None,
    platforms: list[str] | None,
    select: list[str] | None,
    ignore: list[str] | None,
) -> dict[str, Any]:
    """The Config fields the command line sets; absent flags leave the file's value."""
    changes: dict[str, Any] = {}
    if target_version is not None:
        changes["target_python"] = parse_version(target_version)
    if start_method is not None:
        changes["start_method"] = parse_start_method(start_method)
    if platforms:
        chosen = tuple(split_list(platforms))
        unknown = [p for p in chosen if p not in PLATFORMS]
        if unknown:
            raise ConfigError(f"--platform: unknown {unknown}; choose from {list(PLATFORMS)}")
        changes["platforms"] = chosen
    if select:
        changes["select"] = rule_codes(split_list(select), "--select")
    if ignore:
        changes["ignore"] = rule_codes(split_list(ignore), "--ignore")
    return changes


def read_config_file(path: Path) -> Config:
    """`--config FILE`: a pyproject.toml (its [tool.picklecheck]) or a bare table of keys."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    table = picklecheck_table(data, path) if "tool" in data else data
    return config_from_mapping(table)


@dataclass
class ConfigResolver:
    """Finds the Config for each file, caching one per folder."""

    overrides: dict[str, Any]
    fixed: Config | None = None  # from --config: used for every file
    _by_folder: dict[Path, Config] = field(default_factory=dict)

    def for_file(self, path: Path) -> Config:
        folder = path.resolve().parent
        if folder not in self._by_folder:
            base = self.fixed if self.fixed is not None else load_config(folder)
            self._by_folder[folder] = normalise_rules(base).with_overrides(**self.overrides)
        return self._by_folder[folder]
