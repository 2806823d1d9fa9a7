"""Rule documentation as Markdown: `picklecheck rule` and scripts/gen_rule_docs.py share it."""

from __future__ import annotations

import json
from dataclasses import dataclass

from picklecheck.engine.rules import Rule

METHODS = ("fork", "spawn", "forkserver")


MEASURED = (
    "Measured by running both examples below under each start method "
    "(`tests/rules` re-runs them on every test run):"
)
NOTHING_CRASHES = (
    "Nothing crashes: this rule is about what the program shows or what it costs, not an error."
)
HEADER_KEYS = ("runtime", "error-contains", "summary")


@dataclass(frozen=True)
class Example:
    """A runnable program and how it behaves under each start method (from its header)."""

    source: str  # without the header
    outcomes: dict[str, str]  # start method -> "ok" | "error" | "hang"
    error_contains: str | None = None
    summary: str = ""


def parse_example(text: str) -> Example:
    """Split `# runtime: fork=ok spawn=error ...` style header lines from the program."""
    lines = text.splitlines(keepends=True)
    header: dict[str, str] = {}
    while lines and lines[0].startswith("# ") and lines[0][2:].split(":")[0] in HEADER_KEYS:
        key, _, value = lines.pop(0)[2:].partition(":")
        header[key] = value.strip()
    outcomes = dict(item.split("=", 1) for item in header.get("runtime", "").split())
    return Example(
        source="".join(lines),
        outcomes=outcomes,
        error_contains=header.get("error-contains"),
        summary=header.get("summary", ""),
    )


def failing_methods(example: Example) -> list[str]:
    return [m for m in METHODS if example.outcomes.get(m) in ("error", "hang")]


def _outcome_table(bad: Example, good: Example | None) -> list[str]:
    lines = ["| start method | bad example | good example |", "| --- | --- | --- |"]
    for method in METHODS:
        if method not in bad.outcomes:
            continue
        good_outcome = good.outcomes.get(method, "not run") if good else "not run"
        lines.append(
            f"| {method} | {_describe(bad.outcomes[method])} | {_describe(good_outcome)} |"
        )
    return lines


def _describe(outcome: str) -> str:
    return {"ok": "runs fine", "error": "fails", "hang": "hangs"}.get(outcome, outcome)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _code_block(source: str) -> list[str]:
    return ["```python", source.rstrip("\n"), "```"]


def rule_markdown(rule: Rule, bad: Example | None = None, good: Example | None = None) -> str:
    """The rule's page: what, why, when it fails, examples, the fix."""
    lines = [
        f"# {rule.code}: {rule.name}",
        "",
        f"**{rule.summary}.** Default severity: {rule.severity.value}.",
        "",
        "## What it does",
        "",
        rule.what,
        "",
        "## Why is this bad?",
        "",
        rule.why,
    ]
    if bad is not None:
        heading = "## When it fails" if failing_methods(bad) else "## Runtime behaviour"
        lines += ["", heading, "", MEASURED, "", *_outcome_table(bad, good)]
        if bad.error_contains:
            lines += ["", f"The bad example fails with `{bad.error_contains}`."]
        elif not failing_methods(bad):
            lines += ["", NOTHING_CRASHES]
        lines += ["", "## Example", "", f"{_sentence(bad.summary)}:", "", *_code_block(bad.source)]
    if good is not None:
        lines += ["", f"Use instead ({good.summary}):", "", *_code_block(good.source)]
    lines += ["", "## How to fix it", "", rule.fix, "", *_suppression_lines(rule)]
    return "\n".join(lines) + "\n"


def _suppression_lines(rule: Rule) -> list[str]:
    return [
        "## Silencing it",
        "",
        f"On one line: `# picklecheck: ignore[{rule.code}]`. Everywhere: "
        f'`ignore = ["{rule.code}"]` under `[tool.picklecheck]` in pyproject.toml, '
        f"or `--ignore {rule.code}` on the command line.",
    ]


def rules_json(rules: tuple[Rule, ...]) -> str:
    objects = [
        {
            "code": r.code,
            "name": r.name,
            "summary": r.summary,
            "severity": r.severity.value,
            "what": r.what,
            "why": r.why,
            "fix": r.fix,
            "docs_url": r.docs_url,
        }
        for r in rules
    ]
    return json.dumps(objects, indent=2) + "\n"
