"""`add-main-guard`: wrap the module-level code that starts workers in `if __name__ == "__main__":`.

A spawned child imports the main module as `__mp_main__`; code under the guard does not run
there, definitions above it do. So the guard takes the statement that starts processes and the
plain statements after it, up to the next definition or import, which stay at module level.
"""

from __future__ import annotations

import ast

from picklecheck.engine.fixes.classes import has_multiline_strings
from picklecheck.engine.fixes.scopes import bound_names
from picklecheck.engine.fixes.source import Parsed, is_main_guard, whole_lines
from picklecheck.engine.model import Edit, Finding, Fix, FixHint, FixSafety

_STAYS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom)
_TITLE = 'Put the code that starts processes under `if __name__ == "__main__":`'


def add_main_guard(parsed: Parsed, finding: Finding, hint: FixHint) -> list[Fix]:
    block = _guarded_block(parsed, int(hint.data.get("start_line", finding.span.line)))
    if not block or any(has_multiline_strings(s, docstrings_too=True) for s in block):
        return []
    first = parsed.first_line(block[0])
    last = (block[-1].end_lineno or block[-1].lineno) - 1
    if any(line.startswith("\t") for line in parsed.lines[first : last + 1]):
        return []  # four spaces in front of tab-indented lines would not parse
    body = "\n".join(_indented(line) for line in parsed.lines[first : last + 1])
    text = f'if __name__ == "__main__":\n{body}\n'
    return [Fix(_TITLE, (Edit(whole_lines(first, last), text),), FixSafety.SAFE)]


def _guarded_block(parsed: Parsed, line: int) -> list[ast.stmt]:
    body = parsed.tree.body
    for index, statement in enumerate(body):
        first = parsed.first_line(statement)
        last = (statement.end_lineno or statement.lineno) - 1
        if first <= line <= last:
            if isinstance(statement, _STAYS) or is_main_guard(statement):
                return []
            block = [statement]
            for following in body[index + 1 :]:
                if isinstance(following, _STAYS) or is_main_guard(following):
                    break
                block.append(following)
            return _with_setup(parsed, body[:index], block)
    return []


def _with_setup(parsed: Parsed, earlier: list[ast.stmt], block: list[ast.stmt]) -> list[ast.stmt]:
    """Takes in the statements just above that only prepare the block (`p = Process(...)`):
    names no function or class reads, so a child never needs them."""
    needed = {
        node.id
        for statement in parsed.tree.body
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        for node in ast.walk(statement)
        if isinstance(node, ast.Name)
    }
    for statement in reversed(earlier):
        if isinstance(statement, _STAYS) or is_main_guard(statement):
            break
        if bound_names([statement]) & needed or not bound_names([statement]):
            break
        block.insert(0, statement)
    return block


def _indented(line: str) -> str:
    return "    " + line if line.strip() else ""
