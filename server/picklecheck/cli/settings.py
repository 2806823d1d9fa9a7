"""The command line's configuration: the flags become one layer over each file's pyproject layer.

Without `--config`, every file gets the `[tool.picklecheck]` table of its nearest pyproject.toml
(like ruff's hierarchical configuration); flags given on the command line override it. Parsing,
validation and precedence live in `engine.config`; this module only translates.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from picklecheck.engine.config import Config, Layer, file_layer, flags_layer, overlay, project_layer


def flags_from(args: argparse.Namespace) -> Layer:
    """The layer the command line sets; absent flags leave the file's value. Raises ConfigError."""
    return flags_layer(
        {
            "target-version": ("target-version", args.target_version),
            "start-method": ("start-method", args.start_method),
            "platform": ("platforms", args.platform),
            "select": ("select", args.select),
            "ignore": ("ignore", args.ignore),
        }
    )


def read_config_file(path: Path) -> Layer:
    """`--config FILE`: a pyproject.toml (its [tool.picklecheck]) or a bare table of keys."""
    return file_layer(path, bare_allowed=True)


@dataclass
class ConfigResolver:
    """Finds the Config for each file, caching one per folder."""

    flags: Layer = field(default_factory=Layer)
    fixed: Layer | None = None  # from --config: used for every file instead of pyproject
    _by_folder: dict[Path, Config] = field(default_factory=dict)

    def for_file(self, path: Path) -> Config:
        folder = path.resolve().parent
        if folder not in self._by_folder:
            project = self.fixed if self.fixed is not None else project_layer(folder)
            self._by_folder[folder] = overlay(Config(), project, self.flags)
        return self._by_folder[folder]
