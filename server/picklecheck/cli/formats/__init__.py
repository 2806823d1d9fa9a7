"""Output formats of `picklecheck check`: text for people, JSON for scripts, SARIF and GitHub
annotations for CI."""

from __future__ import annotations

from collections.abc import Callable

from picklecheck.cli.formats import github, json_format, sarif, text
from picklecheck.cli.results import CheckResult

Renderer = Callable[[CheckResult, bool], str]

RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
}
