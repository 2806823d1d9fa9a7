"""ruff-like text: `path:line:col: CODE message`, the why-chain indented, then a summary."""

from __future__ import annotations

from picklecheck.cli.formats.positions import one_based, start_method_names, version_text
from picklecheck.cli.results import CheckResult, FileResult
from picklecheck.engine.model import Finding


def _finding_lines(result: FileResult, index: int, finding: Finding) -> list[str]:
    line, col, _, _ = one_based(finding.span)
    fixable = " [*]" if result.fix_safety(index) == "safe" else ""
    lines = [f"{result.path}:{line}:{col}: {finding.code}{fixable} {finding.message}"]
    for step in finding.chain:
        step_line, step_col, _, _ = one_based(step.span)
        lines.append(f"    {step.path or result.path}:{step_line}:{step_col}: {step.note}")
    lines.extend(_failure_line(finding))
    return lines


def _failure_line(finding: Finding) -> list[str]:
    """`= fails under ...`, plus the runtime error when the message does not quote it."""
    methods = ", ".join(start_method_names(finding.start_methods))
    if not methods:
        return []  # informational findings (e.g. PKL012) do not fail
    since = version_text(finding.since)
    text = f"    = fails under {methods}" + (f" from Python {since}" if since else "")
    if finding.runtime_error and finding.runtime_error not in finding.message:
        text += f": {finding.runtime_error}"
    return [text]


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _summary(result: CheckResult) -> str:
    found = result.findings()
    checked = len(result.files)
    files_word = "file" if checked == 1 else "files"
    problems = len(result.failing())
    # Informational findings (PKL012) are hints, not pickling problems.
    hints = f"{_counted(len(found) - problems, 'hint')}" if len(found) > problems else ""
    if not problems:
        clear = f"All clear: no pickling problems in {checked} {files_word}."
        return clear[:-1] + f" ({hints})." if hints else clear
    fixable, unsafe = result.fixable_counts()
    text = f"Found {_counted(problems, 'pickling problem')}"
    text += f" and {hints}" if hints else ""
    text += f" in {checked} {files_word}."
    if fixable:
        text += f"\n[*] {fixable} fixable with `picklecheck fix`."
    if unsafe:
        text += f"\n{unsafe} more fixable with `picklecheck fix --unsafe`."
    return text


def _statistics(result: CheckResult) -> list[str]:
    stats = result.statistics()
    lines = [f"{count:5d}  {code}" for code, count in result.counts_by_code().items()]
    lines += [
        f"files checked: {stats.files} (no process use, skipped: {stats.files_prefiltered}; "
        f"unchanged, from the cache: {stats.files_cached})",
        f"process-boundary calls: {stats.sink_calls}",
        f"values left unknown: {stats.unknown_values} (budget hit: {stats.budget_exceeded})",
        f"analysis time: {stats.seconds:.2f} s",
    ]
    return lines


def render(result: CheckResult, statistics: bool) -> str:
    lines: list[str] = []
    for file_result, index, finding in result.findings():
        lines.extend(_finding_lines(file_result, index, finding))
    for path, why in result.problems():
        lines.append(f"{path}: not checked: {why}")
    if lines:
        lines.append("")
    lines.append(_summary(result))
    if statistics:
        lines.extend(["", *_statistics(result)])
    return "\n".join(lines) + "\n"
